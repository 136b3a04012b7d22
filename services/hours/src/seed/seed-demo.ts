import type { DataSource } from 'typeorm';
import { DEMO_STATION, demoId, tierPath } from '#linli/contracts';

const VOLUNTEER = demoId('volunteer', 'persona');
const VILLAGE = demoId('tier', 'JL-01-01');
const PATH = tierPath([DEMO_STATION.rootNodeId, demoId('tier', 'JL-01')], VILLAGE);

/** Station hours settings for Jiulong, and a service history for the demo volunteer (陈志愿): one star, working toward two. */
export async function seedDemoHours(ds: DataSource): Promise<boolean> {
  return ds.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['hours.seed-demo']);
    // The station's row may already exist: the organisations service's station event brings its time zone.
    const [existing] = await manager.query('SELECT 1 FROM entries WHERE tenant_id = $1 LIMIT 1', [
      DEMO_STATION.tenantId,
    ]);
    if (existing) return false;
    await manager.query(
      `INSERT INTO station_settings (tenant_id, timezone, certificate_prefix, issuer_name, person_in_charge, handler_name, contact)
       VALUES ($1, $2, 'JL', $3, '李站长', '赵主任', '0536-7600000')
       ON CONFLICT (tenant_id) DO UPDATE SET certificate_prefix = EXCLUDED.certificate_prefix, issuer_name = EXCLUDED.issuer_name,
         person_in_charge = EXCLUDED.person_in_charge, handler_name = EXCLUDED.handler_name, contact = EXCLUDED.contact`,
      [DEMO_STATION.tenantId, DEMO_STATION.timezone, DEMO_STATION.name],
    );
    const leader = demoId('user', 'village');
    const activities = [
      { title: '“九龙夕阳红”入户探访', place: '九龙街道北村', recipients: '独居老人' },
      { title: '便民服务大厅志愿服务台轮值', place: '九龙街道便民服务大厅', recipients: '前来办事的居民' },
      { title: '消防安全知识宣讲', place: '北村文化广场', recipients: '村民' },
      { title: '为电动车主送安全头盔', place: '九龙街道各村', recipients: '电动车驾驶人' },
    ];
    // 40 approved half-days across 2021 (about 140 hours: one star), and three pending from the last week of November.
    for (let i = 0; i < 43; i++) {
      const a = activities[i % activities.length];
      const pending = i >= 40;
      const day = pending
        ? `2021-11-${24 + (i - 40) * 2}`
        : `2021-${String(3 + Math.floor(i / 5)).padStart(2, '0')}-${String(2 + (i % 5) * 5).padStart(2, '0')}`;
      const id = demoId('hours-entry', String(i));
      const minutes = 180 + (i % 3) * 30;
      await manager.query(
        `INSERT INTO entries (id, tenant_id, volunteer_id, kind, service_date, minutes, tier_node_id, tier_path, activity_title,
           content, place, recipients, recorded_by, recorded_at)
         VALUES ($1, $2, $3, 'manual', $4, $5, $6, $7, $8, $8, $9, $10, $11, ($4::date + time '18:00') AT TIME ZONE 'Asia/Shanghai')`,
        [id, DEMO_STATION.tenantId, VOLUNTEER, day, minutes, VILLAGE, PATH, a.title, a.place, a.recipients, leader],
      );
      if (!pending) {
        await manager.query(
          `INSERT INTO entry_decisions (entry_id, tenant_id, decision, decided_by, decided_at)
           VALUES ($1, $2, 'approved', $3, ($4::date + time '20:00') AT TIME ZONE 'Asia/Shanghai')`,
          [id, DEMO_STATION.tenantId, leader, day],
        );
      }
    }
    const [{ minutes }] = await manager.query(
      'SELECT sum(counted_minutes)::int AS minutes FROM entry_states WHERE tenant_id = $1 AND volunteer_id = $2',
      [DEMO_STATION.tenantId, VOLUNTEER],
    );
    await manager.query(
      'INSERT INTO volunteer_stars (tenant_id, volunteer_id, level, approved_minutes) VALUES ($1, $2, $3, $4)',
      [DEMO_STATION.tenantId, VOLUNTEER, minutes >= 6000 ? 1 : 0, minutes],
    );
    return true;
  });
}
