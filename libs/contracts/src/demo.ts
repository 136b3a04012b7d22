import { createHash } from 'node:crypto';

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

/** A stable uuid for a demo record, derived from its kind and key, the same in every service. */
export function demoId(kind: string, key: string): string {
  const hex = createHash('sha1').update(`linli:jiulong:${kind}:${key}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** The demo accounts, one per persona; the README lists them. Passwords are for the demo only. */
export const DEMO_PASSWORD = 'Linli@2021';
export const DEMO_ACCOUNTS = [
  { key: 'admin', name: '平台管理员', username: 'admin', phone: null, role: 'platform_admin', node: null },
  { key: 'head', name: '李站长', username: 'zhanzhang', phone: '13800000001', role: 'station_head', node: 'root' },
  { key: 'community', name: '王队长', username: null, phone: '13800000002', role: 'community_lead', node: 'JL-01' },
  { key: 'village', name: '赵主任', username: null, phone: '13800000003', role: 'village_lead', node: 'JL-01-01' },
  { key: 'team', name: '刘队长', username: null, phone: '13800000004', role: 'team_leader', node: 'JL-01-01' },
  { key: 'volunteer', name: '陈志愿', username: null, phone: '13800000005', role: 'volunteer', node: 'JL-01-01' },
  // A district civil affairs bureau's officer supervising the station: its figures, never its people.
  { key: 'bureau', name: '孙科长', username: 'minzhengju', phone: null, role: 'bureau_officer', node: 'root' },
] as const;
