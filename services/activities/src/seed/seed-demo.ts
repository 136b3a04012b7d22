import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEMO_STATION, demoId, type ServiceDomain } from '#linli/contracts';
import { expandRecurrence } from '../shifts/shifts.rules.js';
import { addDays, wallClockOf, weekdayOf, zonedToInstant } from '#linli/platform';
import { insertVolunteers } from '../volunteers/volunteers.repository.js';

const TZ = DEMO_STATION.timezone;

/** Node ids and paths of the demo tree, derived as the organisations seed derives them. */
function demoNode(code: string): { id: string; path: string } {
  const root = DEMO_STATION.rootNodeId;
  if (code === 'root') return { id: root, path: `/${root}/` };
  const parts = code.split('-');
  const community = demoId('tier', parts.slice(0, 2).join('-'));
  if (parts.length === 2) return { id: community, path: `/${root}/${community}/` };
  const village = demoId('tier', code);
  return { id: village, path: `/${root}/${community}/${village}/` };
}

/** About ten projects across the four service domains (docs/DOMAIN.md). */
const PROJECTS: { key: string; name: string; domain: ServiceDomain; node: string; description: string }[] = [
  {
    key: 'love',
    name: '爱在九龙',
    domain: 'social_assistance',
    node: 'root',
    description: '困难群体精准帮扶 / targeted help for vulnerable groups',
  },
  {
    key: 'home-visits',
    name: '困难家庭走访',
    domain: 'social_assistance',
    node: 'root',
    description: '低保、特困家庭定期探访',
  },
  {
    key: 'disability',
    name: '助残同行',
    domain: 'social_assistance',
    node: 'JL-02',
    description: '与残联合作的助残服务',
  },
  { key: 'sunset', name: '九龙夕阳红', domain: 'elderly_care', node: 'root', description: '养老服务 / elderly care' },
  { key: 'meals', name: '长者助餐', domain: 'elderly_care', node: 'JL-01', description: '为独居老人送餐' },
  {
    key: 'little-dragon',
    name: '小龙人快乐成长',
    domain: 'child_care',
    node: 'root',
    description: '儿童关爱 / happy growth for children',
  },
  { key: 'summer', name: '暑期护苗', domain: 'child_care', node: 'JL-03', description: '留守儿童暑期陪伴' },
  {
    key: 'three-circles',
    name: '三圈融合·活力九龙',
    domain: 'community_governance',
    node: 'root',
    description: 'Three Circles, Vibrant Jiulong',
  },
  {
    key: 'skylight',
    name: '好邻里天窗议事厅',
    domain: 'community_governance',
    node: 'JL-01',
    description: 'Good Neighbour skylight council',
  },
  {
    key: 'fire-safety',
    name: '平安九龙消防宣传',
    domain: 'community_governance',
    node: 'root',
    description: '与消防救援站联动的安全宣传',
  },
];

/** The next local Monday at `hour`:00 after `now`, in the station zone. */
function nextMonday(now: Date, hour: number): Date {
  const today = wallClockOf(now, TZ);
  const monday = addDays(today, (7 - weekdayOf(today)) % 7 || 7);
  return zonedToInstant({ ...monday, hour, minute: 0, second: 0 }, TZ);
}

/**
 * The demo station's projects and activities, the weekly rotating volunteer desk at the service
 * hall (轮值志愿者) as a recurring series, the volunteer persona in the local copy and signed up
 * for two upcoming shifts. Does nothing when already seeded.
 */
export async function seedDemoActivities(ds: DataSource, now: Date = new Date()): Promise<boolean> {
  return ds.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['activities.seed-demo']);
    const tenantId = DEMO_STATION.tenantId;
    const [existing] = await manager.query('SELECT 1 FROM projects WHERE tenant_id = $1 LIMIT 1', [tenantId]);
    if (existing) return false;
    await manager.query(`INSERT INTO station_settings (tenant_id, timezone) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      tenantId,
      TZ,
    ]);

    for (const p of PROJECTS) {
      const node = demoNode(p.node);
      await manager.query(
        `INSERT INTO projects (id, tenant_id, name, domain, tier_node_id, tier_path, description, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'seed', '2021-06-01T09:00:00+08:00')`,
        [demoId('project', p.key), tenantId, p.name, p.domain, node.id, node.path, p.description],
      );
    }

    const village = demoNode('JL-01-01');
    // The persona's copy lets their sign-ups be seeded now; the volunteers service's events fill
    // in everyone else (and bring the persona's own record) when the services start.
    const persona = demoId('volunteer', 'persona');
    await insertVolunteers(manager, [
      {
        id: persona,
        tenantId,
        tierNodeId: village.id,
        tierPath: village.path,
        name: '陈志愿',
        birthDate: '1988-04-12',
        skills: ['first_aid', 'reading'],
        hasInsurance: true,
        insuredUntil: '2030-12-31',
      },
    ]);

    const monday = nextMonday(now, 9);
    const day = (offsetDays: number, hour: number) => {
      const w = addDays(wallClockOf(monday, TZ), offsetDays);
      return zonedToInstant({ ...w, hour, minute: 0, second: 0 }, TZ);
    };
    const activities = [
      {
        key: 'desk',
        project: 'love',
        title: '便民服务大厅轮值志愿者',
        node: 'root',
        location: '九龙街道便民服务大厅志愿服务台',
        risk: 'low',
        start: day(0, 9),
        end: day(7 * 12, 12),
        minAge: 16,
      },
      {
        key: 'fire-talk',
        project: 'fire-safety',
        title: '消防安全进农户',
        node: 'JL-01-01',
        location: '北王村村委会',
        risk: 'medium',
        start: day(2, 14),
        end: day(2, 16),
        minAge: 18,
      },
      {
        key: 'helmets',
        project: 'fire-safety',
        title: '安全头盔送到家',
        node: 'JL-01',
        location: '北王社区各村',
        risk: 'high',
        start: day(3, 9),
        end: day(3, 12),
        minAge: 18,
      },
      {
        key: 'visits',
        project: 'home-visits',
        title: '困难家庭入户走访',
        node: 'JL-01-01',
        location: '北王村',
        risk: 'low',
        start: day(4, 9),
        end: day(4, 11),
        minAge: 18,
      },
      {
        key: 'reading',
        project: 'little-dragon',
        title: '小龙人周末读书会',
        node: 'JL-01',
        location: '社区儿童之家',
        risk: 'low',
        start: day(5, 9),
        end: day(5, 11),
        minAge: 14,
      },
      {
        key: 'skylight',
        project: 'skylight',
        title: '天窗议事厅：垃圾分类议题',
        node: 'JL-01',
        location: '社区议事厅',
        risk: 'low',
        start: day(1, 19),
        end: day(1, 21),
        minAge: null,
      },
    ] as const;
    const shiftIds = new Map<string, string[]>();
    for (const a of activities) {
      const node = demoNode(a.node);
      const activityId = demoId('activity', a.key);
      await manager.query(
        `INSERT INTO activities (id, tenant_id, project_id, tier_node_id, tier_path, title, location, starts_at, ends_at, risk_level, min_age, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'seed')`,
        [
          activityId,
          tenantId,
          demoId('project', a.project),
          node.id,
          node.path,
          a.title,
          a.location,
          a.start,
          a.end,
          a.risk,
          a.minAge,
        ],
      );
      const series = a.key === 'desk';
      const first = series ? { startsAt: a.start, endsAt: day(0, 12) } : { startsAt: a.start, endsAt: a.end };
      const occurrences = expandRecurrence({
        ...first,
        recurrence: series ? 'FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=36' : null,
        timeZone: TZ,
      });
      const ids: string[] = [];
      for (const [i, o] of occurrences.entries()) {
        const id = demoId('shift', `${a.key}:${i}`);
        ids.push(id);
        await manager.query(
          `INSERT INTO shifts (id, tenant_id, activity_id, series_id, series_index, recurrence, tier_path, starts_at, ends_at, capacity, role,
             required_skills, cancel_cutoff_minutes, checkin_code)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          [
            id,
            tenantId,
            activityId,
            series ? demoId('series', a.key) : null,
            series ? i : null,
            series ? 'FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=36' : null,
            node.path,
            o.startsAt,
            o.endsAt,
            series ? 2 : 8,
            series ? '轮值志愿者' : null,
            a.risk === 'high' ? ['first_aid'] : [],
            series ? 720 : 120,
            String(randomInt(0, 1_000_000)).padStart(6, '0'),
          ],
        );
      }
      shiftIds.set(a.key, ids);
    }
    // The persona's upcoming shifts: the first desk shift and the fire-safety talk in their village.
    for (const shiftId of [shiftIds.get('desk')![0], shiftIds.get('fire-talk')![0]]) {
      const [s] = await manager.query('SELECT starts_at, ends_at FROM shifts WHERE id = $1', [shiftId]);
      await manager.query(
        `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, starts_at, ends_at, signed_up_by, confirmed_at)
         VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, 'seed', now())`,
        [demoId('signup', `${shiftId}:persona`), tenantId, shiftId, persona, s.starts_at, s.ends_at],
      );
    }
    return true;
  });
}
