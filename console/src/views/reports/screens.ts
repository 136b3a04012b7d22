import type { Lazy } from '../screen.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  growth: () => import('./GrowthView.vue'),
  coverage: () => import('./CoverageView.vue'),
  bureau: () => import('./BureauView.vue'),
} satisfies Record<string, Lazy>;
