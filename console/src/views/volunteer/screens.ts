import { legacy, type Lazy } from '../legacy.ts';

/** The screens of this area, loaded when first opened. */
export const screens = {
  my: legacy(() => import('../../legacy/views/my.js')),
  'my-hours': legacy(() => import('../../legacy/views/my-hours.js')),
  inbox: legacy(() => import('../../legacy/views/inbox.js')),
} satisfies Record<string, Lazy>;
