import { legacy, type Lazy } from '../legacy.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  growth: () => import('./GrowthView.vue'),
  coverage: () => import('./CoverageView.vue'),
  bureau: legacy(() => import('../../legacy/views/bureau.js')),
} satisfies Record<string, Lazy>;
