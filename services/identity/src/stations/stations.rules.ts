import type { Grant } from '#linli/platform';

/** Opening stations and seeing all of them is the platform admin's alone. */
export function isPlatformAdmin(grants: Grant[]): boolean {
  return grants.some((g) => g.role === 'platform_admin');
}
