// A screen still drawn by its DOM module (mount/update/unmount), inside the Vue shell.
import { defineComponent, h, type Component } from 'vue';
import type { LegacyModule } from './legacy-module.ts';

export type Lazy = () => Promise<Component | { default: Component }>;

export const legacy =
  (load: () => Promise<unknown>): Lazy =>
  async () => {
    const [{ default: LegacyView }, view] = await Promise.all([import('./LegacyView.vue'), load()]);
    return defineComponent({ name: 'LegacyScreen', setup: () => () => h(LegacyView, { view: view as LegacyModule }) });
  };
