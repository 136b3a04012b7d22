import type { Lazy } from '../screen.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  my: () => import('./MyView.vue'),
  'my-hours': () => import('./MyHoursView.vue'),
  inbox: () => import('./InboxView.vue'),
} satisfies Record<string, Lazy>;
