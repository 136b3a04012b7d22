import type { Lazy } from '../screen.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  shifts: () => import('./ShiftsView.vue'),
  roster: () => import('./RosterView.vue'),
  plan: () => import('./PlanView.vue'),
  approvals: () => import('./ApprovalsView.vue'),
} satisfies Record<string, Lazy>;
