/**
 * Fixed ids of the demo station (九龙街道社工站), so the seed is repeatable and a newcomer's
 * bookmarks survive a re-seed.
 */
export const DEMO_STATION = {
  tenantId: '6a1f0c2e-0000-4000-8000-000000000001',
  rootNodeId: '6a1f0c2e-0000-4000-8000-000000000002',
  name: '九龙街道社工站',
  region: '山东省潍坊市坊子区九龙街道',
  timezone: 'Asia/Shanghai',
} as const;
