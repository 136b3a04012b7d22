import type { Lazy } from '../screen.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  volunteers: () => import('./VolunteersView.vue'),
  import: () => import('./ImportView.vue'),
  teams: () => import('./TeamsView.vue'),
} satisfies Record<string, Lazy>;
