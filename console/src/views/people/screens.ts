import { legacy, type Lazy } from '../legacy.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  volunteers: legacy(() => import('../../legacy/views/volunteers.js')),
  import: legacy(() => import('../../legacy/views/import.js')),
  teams: legacy(() => import('../../legacy/views/teams.js')),
} satisfies Record<string, Lazy>;
