/** A screen module of the DOM-drawn console: mounts into an element and follows query changes. */
export interface LegacyModule {
  mount(root: HTMLElement, params: URLSearchParams): { update(params: URLSearchParams): void; unmount?(): void };
}
