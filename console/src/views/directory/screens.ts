import type { Lazy } from '../screen.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  organisations: () => import('./OrganisationsView.vue'),
  tiers: () => import('./TiersView.vue'),
} satisfies Record<string, Lazy>;
