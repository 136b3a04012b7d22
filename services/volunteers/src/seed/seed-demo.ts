import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_STATION, demoId, tierPath } from '#linli/contracts';
import { FieldCipher } from '../crypto/field-cipher.js';
import { processImportRows, type ImportRowInput } from '../imports/import-rows.js';
import { ImportsRepository } from '../imports/imports.repository.js';
import { STATION_TIME_ZONE, todayIn } from '../volunteers/age.rules.js';
import { makeResidentId } from '../volunteers/id-number.js';
import type { TierRef } from '../volunteers/tier-lookup.js';

/** Villages per community of the demo tree (JL-01 … JL-06), as the organisations seed builds it. */
const VILLAGES_PER_COMMUNITY = [9, 7, 11, 8, 9, 7];
export const DEMO_VOLUNTEER_COUNT = 1106;
export const DEMO_STUDENT_TEAM = '九龙青少年志愿服务队';
export const DEMO_STUDENT_TEAM_SIZE = 27;
export const DEMO_RECRUITED_COUNT = 31;
const REGION = '370704'; // 坊子区
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国志文海燕东亮晓鹏飞凤琴云莉';
const SKILLS = [
  '急救',
  '摄影',
  '文艺表演',
  '心理疏导',
  '法律咨询',
  '电脑维修',
  '理发',
  '驾驶',
  '烹饪',
  '书法',
  '手工',
  '医疗护理',
  '家电维修',
  '教育辅导',
  '宣传写作',
];
const TEAMS = [
  '九龙夕阳红志愿服务队',
  '涌泉巾帼志愿服务队',
  '尚庄平安志愿服务队',
  '石埠文明实践志愿服务队',
  '双庙邻里守望志愿服务队',
  '太平助老志愿服务队',
];

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function demoNodes(): Map<string, TierRef> {
  const root = DEMO_STATION.rootNodeId;
  const nodes = new Map<string, TierRef>([['JL', { id: root, path: tierPath([], root) }]]);
  VILLAGES_PER_COMMUNITY.forEach((villages, ci) => {
    const code = `JL-${String(ci + 1).padStart(2, '0')}`;
    const community = { id: demoId('tier', code), path: tierPath([root], demoId('tier', code)) };
    nodes.set(code, community);
    for (let vi = 1; vi <= villages; vi++) {
      const village = `${code}-${String(vi).padStart(2, '0')}`;
      nodes.set(village, {
        id: demoId('tier', village),
        path: tierPath([root, community.id], demoId('tier', village)),
      });
    }
  });
  return nodes;
}

/**
 * The demo station's 1,106 volunteers, as rows of the import sheet: the volunteer and team-leader
 * personas, one volunteer who brought in 31 friends and family, her daughter's student team of 27
 * minors (with guardians and consent), and the rest spread over all 51 villages. Deterministic,
 * except that the students' birth years follow the current year so they stay minors in the demo.
 */
export function demoVolunteerRows(today: string): ImportRowInput[] {
  const random = rng(20211130);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const villages = [...demoNodes().keys()].filter((k) => k.split('-').length === 3);
  const ids = new Set<string>();
  let line = 1;
  const year = Number(today.slice(0, 4));
  const person = (birthYear: number, sex: 'male' | 'female'): { idNumber: string; sex: string } => {
    for (;;) {
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const seq = Math.floor(random() * 500) * 2 + (sex === 'male' ? 1 : 0);
      const id = makeResidentId(
        REGION,
        `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        seq,
      );
      if (!ids.has(id)) {
        ids.add(id);
        return { idNumber: id, sex: sex === 'male' ? '男' : '女' };
      }
    }
  };
  const name = (surname?: string) =>
    `${surname ?? pick([...SURNAMES])}${pick([...GIVEN])}${random() < 0.6 ? pick([...GIVEN]) : ''}`;
  const skills = () => [...new Set([pick(SKILLS), pick(SKILLS)])].slice(0, 1 + Math.floor(random() * 2)).join('、');
  const phone = (n: number) => `136${String(n).padStart(8, '0')}`;
  const rows: ImportRowInput[] = [];
  const add = (row: Omit<ImportRowInput, 'row'>) => rows.push({ row: ++line, ...row });
  const account = (key: string) => DEMO_ACCOUNTS.find((a) => a.key === key)!;

  add({
    id: demoId('volunteer', 'persona'),
    name: account('volunteer').name,
    phone: account('volunteer').phone!,
    tier: 'JL-01-01',
    skills: '急救、摄影',
    team: TEAMS[0],
    ...person(1992, 'female'),
  });
  add({
    id: demoId('volunteer', 'team-leader'),
    name: account('team').name,
    phone: account('team').phone!,
    tier: 'JL-01-01',
    skills: '驾驶、宣传写作',
    team: TEAMS[0],
    ...person(1978, 'male'),
  });
  const recruiterId = demoId('volunteer', 'recruiter');
  const recruiterPhone = phone(1);
  add({
    id: recruiterId,
    name: '孙秀英',
    phone: recruiterPhone,
    tier: 'JL-01-02',
    skills: '烹饪、手工',
    team: TEAMS[0],
    ...person(1976, 'female'),
  });
  const daughter = demoId('volunteer', 'student-founder');
  let n = 1;
  // Her 31 friends and family, her daughter (who founded the student team) among them.
  add({
    id: daughter,
    name: '孙雨桐',
    phone: phone(++n),
    tier: 'JL-01-02',
    skills: '书法、文艺表演',
    team: DEMO_STUDENT_TEAM,
    recruitedBy: recruiterId,
    guardianName: '孙秀英',
    guardianPhone: recruiterPhone,
    guardianRelation: '母亲',
    ...person(year - 16, 'female'),
  });
  for (let i = 1; i < DEMO_RECRUITED_COUNT; i++) {
    add({
      name: name(i < 8 ? '孙' : undefined),
      phone: phone(++n),
      tier: `JL-01-0${1 + (i % 9)}`,
      skills: skills(),
      recruitedBy: recruiterId,
      team: i % 3 === 0 ? TEAMS[0] : undefined,
      ...person(1950 + Math.floor(random() * 50), random() < 0.5 ? 'male' : 'female'),
    });
  }
  // The other 26 students: 13 to 17 years old, each with a guardian who consented.
  for (let i = 1; i < DEMO_STUDENT_TEAM_SIZE; i++) {
    const surname = pick([...SURNAMES]);
    add({
      name: name(surname),
      phone: phone(++n),
      tier: `JL-01-0${1 + (i % 9)}`,
      skills: pick(['文艺表演', '书法', '手工', '宣传写作']),
      team: DEMO_STUDENT_TEAM,
      guardianName: name(surname),
      guardianPhone: `137${String(i).padStart(8, '0')}`,
      guardianRelation: pick(['父亲', '母亲']),
      ...person(year - 13 - (i % 5), random() < 0.5 ? 'male' : 'female'),
    });
  }
  // Everyone else, over all 51 villages (each village gets some).
  let v = 0;
  while (rows.length < DEMO_VOLUNTEER_COUNT) {
    const village = v < villages.length ? villages[v++] : pick(villages);
    const community = Number(village.slice(3, 5));
    add({
      name: name(),
      phone: phone(++n),
      tier: village,
      skills: skills(),
      team: random() < 0.4 ? TEAMS[community - 1] : undefined,
      ...person(1950 + Math.floor(random() * 54), random() < 0.45 ? 'male' : 'female'),
    });
  }
  return rows;
}

/**
 * Loads the demo volunteers through the importer's row handler (the path a CSV import takes),
 * in batches, recruiters before recruits. Does nothing when the station already has volunteers.
 */
export async function seedDemoVolunteers(ds: DataSource, dataKey = process.env.DATA_KEY): Promise<boolean> {
  if (!dataKey) throw new Error('DATA_KEY is needed to seed volunteers (their ID numbers are encrypted)');
  const cipher = FieldCipher.fromConfig(dataKey);
  const tenantId = DEMO_STATION.tenantId;
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', ['volunteers.seed-demo']);
    const [existing] = await runner.query('SELECT 1 FROM volunteers WHERE tenant_id = $1 LIMIT 1', [tenantId]);
    if (existing) return false;
    const nodes = demoNodes();
    const today = todayIn(STATION_TIME_ZONE);
    const rows = demoVolunteerRows(today);
    const repository = new ImportsRepository();
    const ctx = {
      tenantId,
      actor: 'seed',
      cipher,
      today,
      dryRun: false,
      resolveTier: (text: string) => nodes.get(text) ?? ('unknown' as const),
      canWrite: () => true,
      canRead: () => true,
    };
    const batches = [
      rows.slice(0, 3),
      ...Array.from({ length: Math.ceil((rows.length - 3) / 500) }, (_, i) =>
        rows.slice(3 + i * 500, 3 + (i + 1) * 500),
      ),
    ];
    let created = 0;
    for (const batch of batches) {
      const result = await processImportRows(ds, repository, ctx, batch);
      if (result.rejected.length > 0)
        throw new Error(`demo volunteer rows rejected: ${JSON.stringify(result.rejected.slice(0, 3))}`);
      created += result.created;
    }
    // The reference station recruited its 1,106 volunteers in 2021 (docs/DOMAIN.md): each demo
    // volunteer's registration is spread over March to November 2021, so the bureau's monthly
    // reports show recruitment month by month.
    await runner.query(
      `UPDATE volunteers v SET created_at = d.at
         FROM (SELECT id, timestamptz '2021-03-01 09:00+08'
                      + (row_number() OVER (ORDER BY id) - 1)
                        * ((timestamptz '2021-11-29 17:00+08' - timestamptz '2021-03-01 09:00+08') / count(*) OVER ()) AS at
                 FROM volunteers WHERE tenant_id = $1) d
        WHERE v.id = d.id`,
      [tenantId],
    );
    await runner.query(
      `INSERT INTO import_jobs (id, tenant_id, created_by, scope_paths, format, file_name, dry_run, status, total, processed, created, finished_at)
       VALUES ($1, $2, 'seed', $3, 'seed', 'demo-volunteers', false, 'completed', $4, $4, $5, now())`,
      [randomUUID(), tenantId, [tierPath([], DEMO_STATION.rootNodeId)], rows.length, created],
    );
    return true;
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', ['volunteers.seed-demo']).catch(() => undefined);
    await runner.release();
  }
}
