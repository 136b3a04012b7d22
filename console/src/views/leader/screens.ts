import { legacy, type Lazy } from '../legacy.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  shifts: legacy(() => import('../../legacy/views/shifts.js')),
  roster: legacy(() => import('../../legacy/views/roster.js')),
  plan: legacy(() => import('../../legacy/views/plan.js')),
  approvals: legacy(() => import('../../legacy/views/approvals.js')),
} satisfies Record<string, Lazy>;
