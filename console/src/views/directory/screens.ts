import { legacy, type Lazy } from '../legacy.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  organisations: legacy(() => import('../../legacy/views/organisations.js')),
  tiers: legacy(() => import('../../legacy/views/tiers.js')),
} satisfies Record<string, Lazy>;
