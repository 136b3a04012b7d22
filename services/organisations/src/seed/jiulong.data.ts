/**
 * Deterministic reference data for the demo station: Jiulong Street station (九龙街道社工站),
 * Fangzi District, Weifang, as it stood on 30 November 2021 (see docs/DOMAIN.md, "Reference data").
 *
 * - 1 station, 6 community service teams, 51 village service points.
 * - 254 community organisations, none dissolved by the end of November 2021.
 *
 * Pure: no I/O, no clock, no Math.random. Every call builds fresh objects from a fixed seed,
 * so two calls return deep-equal results.
 */

export interface SeedTierNode {
  key: string;
  parentKey: string | null;
  level: 'station' | 'community' | 'village';
  name: string;
  code: string;
}

export type SeedOrganisationType =
  | 'volunteer_team'
  | 'elderly_association'
  | 'culture_sports'
  | 'caring_enterprise'
  | 'caring_individuals'
  | 'mutual_aid'
  | 'other';

export type SeedOrganisationStatus = 'incubating' | 'active' | 'registered' | 'dormant' | 'dissolved';

export interface SeedStatusEntry {
  status: SeedOrganisationStatus;
  effectiveOn: string;
  reason: string;
}

export interface SeedOrganisation {
  name: string;
  type: SeedOrganisationType;
  tierKey: string;
  /** YYYY-MM-DD */
  foundedOn: string;
  /** YYYY-MM-DD: the day the organisation entered the station's registry. */
  joinedOn: string;
  leader: string;
  /** Plausible 11-digit mobile number (13x/15x/18x). */
  contact: string;
  memberCount: number;
  description: string;
  statusHistory: SeedStatusEntry[];
}

/** The reference date: everything in this data set is on or before it. */
export const JIULONG_AS_OF = '2021-11-30';
export const JIULONG_STATION_NAME = '九龙街道社工站';
export const JIULONG_ORGANISATION_COUNT = 254;

/**
 * Organisations that entered the registry per month of 2021. June holds the existing
 * organisations integrated when the station opened; July–November are newly cultivated ones.
 */
export const JIULONG_MONTHLY_JOINED: Readonly<Record<string, number>> = Object.freeze({
  '2021-06': 70,
  '2021-07': 26,
  '2021-08': 31,
  '2021-09': 36,
  '2021-10': 42,
  '2021-11': 49,
});

// ---------------------------------------------------------------------------------------------
// Tier tree
// ---------------------------------------------------------------------------------------------

const COMMUNITIES: readonly { name: string; villages: readonly string[] }[] = [
  {
    name: '九龙社区',
    villages: ['东王村', '西王村', '后张村', '前张村', '西庄村', '东庄村', '北李村', '南李村', '龙湾村'],
  },
  {
    name: '涌泉社区',
    villages: ['涌泉村', '泉头村', '大刘家村', '小刘家村', '孙家庄村', '赵家庄村', '马家村'],
  },
  {
    name: '尚庄社区',
    villages: [
      '尚庄村',
      '于家埠村',
      '崔家村',
      '高家庄村',
      '河南村',
      '河北村',
      '前屯村',
      '后屯村',
      '东营村',
      '西营村',
      '柳树屯村',
    ],
  },
  {
    name: '石埠社区',
    villages: ['石埠村', '东埠村', '西埠村', '杨家埠村', '韩家庄村', '丁家沟村', '魏家村', '郭家庄村'],
  },
  {
    name: '双庙社区',
    villages: ['双庙村', '姜家庄村', '徐家庄村', '周家岭村', '宋家庄村', '毛家村', '邓家沟村', '北岭村', '南岭村'],
  },
  {
    name: '太平社区',
    villages: ['太平庄村', '辛庄村', '新立村', '王家官庄村', '三里庄村', '五里堡村', '七里河村'],
  },
];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 1 station ('root'), 6 communities ('JL-01'…), 51 villages ('JL-01-01'…). Keys equal codes below the root. */
export function jiulongTiers(): SeedTierNode[] {
  const nodes: SeedTierNode[] = [
    {
      key: 'root',
      parentKey: null,
      level: 'station',
      name: JIULONG_STATION_NAME,
      code: 'JL',
    },
  ];
  COMMUNITIES.forEach((community, ci) => {
    const code = `JL-${pad2(ci + 1)}`;
    nodes.push({
      key: code,
      parentKey: 'root',
      level: 'community',
      name: community.name,
      code,
    });
  });
  COMMUNITIES.forEach((community, ci) => {
    const parent = `JL-${pad2(ci + 1)}`;
    community.villages.forEach((village, vi) => {
      const code = `${parent}-${pad2(vi + 1)}`;
      nodes.push({
        key: code,
        parentKey: parent,
        level: 'village',
        name: village,
        code,
      });
    });
  });
  return nodes;
}

// ---------------------------------------------------------------------------------------------
// Deterministic helpers
// ---------------------------------------------------------------------------------------------

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for seed data. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const intIn = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

function weightedPick<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let r = rng() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (UTC) for an ISO date. */
const toDay = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const AS_OF_DAY = toDay(JIULONG_AS_OF);
const daysInMonth = (month: string): number => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

// ---------------------------------------------------------------------------------------------
// Name, leader and contact pools
// ---------------------------------------------------------------------------------------------

interface Template {
  suffix: string;
  type: SeedOrganisationType;
  /** What the organisation does (a clause; the place is prepended). */
  does: string;
  /** At most one template per group at a node (e.g. one general elderly association per village). */
  group?: string;
}

const TEMPLATES: readonly Template[] = [
  // volunteer teams
  {
    suffix: '志愿服务队',
    type: 'volunteer_team',
    does: '开展邻里互助、入户探访和环境整治等志愿服务',
  },
  {
    suffix: '巾帼志愿服务队',
    type: 'volunteer_team',
    does: '由妇女骨干组成，开展家庭关爱和移风易俗宣传',
  },
  {
    suffix: '党员志愿服务队',
    type: 'volunteer_team',
    does: '由农村党员组成，带头参与疫情防控和急难险重任务',
  },
  {
    suffix: '青年志愿服务队',
    type: 'volunteer_team',
    does: '组织返乡青年参与助老助残和文明实践活动',
  },
  {
    suffix: '平安巡逻队',
    type: 'volunteer_team',
    does: '开展夜间治安巡逻和防火防盗宣传',
  },
  {
    suffix: '环境卫生志愿队',
    type: 'volunteer_team',
    does: '定期清理街巷垃圾，维护村容村貌',
  },
  {
    suffix: '红马甲志愿服务队',
    type: 'volunteer_team',
    does: '在赶集日和重要节点开展交通劝导与便民服务',
  },
  {
    suffix: '邻里守望志愿队',
    type: 'volunteer_team',
    does: '结对关注独居老人和困难家庭的日常生活',
  },
  {
    suffix: '护河志愿队',
    type: 'volunteer_team',
    does: '巡护村内河道沟渠，劝阻乱倒垃圾',
  },
  // elderly associations
  {
    suffix: '夕阳红老年协会',
    type: 'elderly_association',
    does: '组织老年人开展文体娱乐和互助关怀活动',
    group: 'elderly',
  },
  {
    suffix: '老年人协会',
    type: 'elderly_association',
    does: '为老年人提供学习交流、健康讲座和互助服务',
    group: 'elderly',
  },
  {
    suffix: '银龄互助会',
    type: 'elderly_association',
    does: '组织低龄老人结对照顾高龄、独居老人',
  },
  {
    suffix: '老年学习班',
    type: 'elderly_association',
    does: '为老年人开设智能手机、防诈骗和健康养生课程',
  },
  // culture and sports
  {
    suffix: '广场舞队',
    type: 'culture_sports',
    does: '每天傍晚在村文化广场组织群众跳广场舞',
  },
  {
    suffix: '锣鼓队',
    type: 'culture_sports',
    does: '在节庆活动中表演传统锣鼓，丰富群众文化生活',
  },
  {
    suffix: '秧歌队',
    type: 'culture_sports',
    does: '排练传统秧歌，参加街道春节文艺汇演',
  },
  {
    suffix: '茂腔戏曲队',
    type: 'culture_sports',
    does: '传唱茂腔等地方戏曲，开展送戏进村演出',
  },
  {
    suffix: '太极拳队',
    type: 'culture_sports',
    does: '组织中老年人晨练太极拳，倡导健康生活',
  },
  {
    suffix: '风筝协会',
    type: 'culture_sports',
    does: '传承潍坊风筝扎制技艺，组织放飞交流活动',
  },
  {
    suffix: '书画协会',
    type: 'culture_sports',
    does: '组织书法绘画爱好者交流创作，开展写春联活动',
  },
  {
    suffix: '篮球队',
    type: 'culture_sports',
    does: '组织村民篮球训练和村际友谊赛',
  },
  {
    suffix: '文艺宣传队',
    type: 'culture_sports',
    does: '编排快板、小品等节目宣传政策和文明新风',
  },
  {
    suffix: '合唱团',
    type: 'culture_sports',
    does: '组织群众合唱排练，参加街道文艺展演',
  },
  // caring enterprises
  {
    suffix: '爱心商户联盟',
    type: 'caring_enterprise',
    does: '联合本地商户为困难群众提供物资和优惠服务',
  },
  {
    suffix: '爱心企业服务队',
    type: 'caring_enterprise',
    does: '组织辖区企业员工参与帮扶和公益捐助',
  },
  // caring individuals
  {
    suffix: '乡贤爱心团',
    type: 'caring_individuals',
    does: '凝聚乡贤力量，资助困难学生和困难家庭',
  },
  {
    suffix: '爱心妈妈团',
    type: 'caring_individuals',
    does: '结对关爱留守儿童和困境儿童',
  },
  {
    suffix: '爱心人士服务团',
    type: 'caring_individuals',
    does: '汇聚热心村民为困难群众提供日常帮助',
  },
  // special-group mutual aid
  {
    suffix: '残疾人互助小组',
    type: 'mutual_aid',
    does: '组织残疾人互相帮扶，开展康复交流和技能学习',
  },
  {
    suffix: '留守妇女互助组',
    type: 'mutual_aid',
    does: '组织留守妇女互助帮扶，开展手工技能培训',
  },
  {
    suffix: '独居老人互助组',
    type: 'mutual_aid',
    does: '组织独居老人相互照应、定期联络',
  },
  {
    suffix: '慢病患者互助小组',
    type: 'mutual_aid',
    does: '组织慢病患者交流健康管理经验，互相督促用药',
  },
  {
    suffix: '退役军人互助会',
    type: 'mutual_aid',
    does: '联系退役军人互帮互助，参与村内应急服务',
  },
  // other
  {
    suffix: '红白理事会',
    type: 'other',
    does: '倡导婚事新办、丧事简办，推动移风易俗',
  },
  {
    suffix: '村民议事会',
    type: 'other',
    does: '组织村民协商议事，参与村级公共事务',
  },
  { suffix: '好邻里调解队', type: 'other', does: '调解邻里纠纷，促进邻里和睦' },
];

const VILLAGE_TYPE_WEIGHT: Record<SeedOrganisationType, number> = {
  volunteer_team: 22,
  elderly_association: 22,
  culture_sports: 28,
  caring_enterprise: 5,
  caring_individuals: 7,
  mutual_aid: 10,
  other: 6,
};

const COMMUNITY_TYPE_WEIGHT: Record<SeedOrganisationType, number> = {
  volunteer_team: 30,
  elderly_association: 10,
  culture_sports: 18,
  caring_enterprise: 12,
  caring_individuals: 12,
  mutual_aid: 12,
  other: 6,
};

/** How likely an organisation of this type already existed before the station opened. */
const EXISTING_LIKELIHOOD: Record<SeedOrganisationType, number> = {
  volunteer_team: 1.2,
  elderly_association: 3,
  culture_sports: 3,
  caring_enterprise: 0.5,
  caring_individuals: 0.6,
  mutual_aid: 0.4,
  other: 1.5,
};

const MEMBER_RANGE: Record<SeedOrganisationType, [number, number]> = {
  volunteer_team: [10, 60],
  elderly_association: [20, 120],
  culture_sports: [8, 40],
  caring_enterprise: [5, 30],
  caring_individuals: [5, 35],
  mutual_aid: [5, 25],
  other: [5, 20],
};

const SURNAMES = [
  '王',
  '张',
  '李',
  '刘',
  '陈',
  '杨',
  '赵',
  '孙',
  '周',
  '徐',
  '马',
  '郭',
  '高',
  '于',
  '韩',
  '丁',
  '魏',
  '崔',
  '宋',
  '姜',
] as const;
const GIVEN_NAMES = [
  '秀英',
  '建国',
  '桂兰',
  '玉梅',
  '志强',
  '红霞',
  '立新',
  '春花',
  '德胜',
  '凤英',
  '海燕',
  '明亮',
  '淑珍',
  '秀兰',
  '学军',
  '丽娟',
  '永刚',
  '晓燕',
  '国庆',
  '文华',
  '金凤',
  '建华',
  '玉兰',
  '庆华',
  '俊杰',
  '美玲',
  '洪涛',
  '翠萍',
] as const;
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '180',
  '181',
  '182',
  '183',
  '184',
  '185',
  '186',
  '187',
  '188',
  '189',
] as const;

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

interface Draft {
  name: string;
  type: SeedOrganisationType;
  tierKey: string;
  level: SeedTierNode['level'];
  description: string;
  /** Forced joining month (YYYY-MM), if any. */
  month?: string;
  memberCount?: number;
}

/** Hand-written station-level organisations. */
const STATION_ORGS: readonly Omit<Draft, 'tierKey' | 'level'>[] = [
  {
    name: '九龙街道老年人协会',
    type: 'elderly_association',
    description: '统筹全街道老年协会工作，组织敬老助老和老年文体活动。',
    month: '2021-06',
  },
  {
    name: '九龙街道爱心企业联盟',
    type: 'caring_enterprise',
    description: '联合辖区爱心企业为困难群众提供资金、物资和就业岗位。',
    month: '2021-07',
  },
  {
    name: '九龙街道巾帼志愿服务队',
    type: 'volunteer_team',
    description: '由街道妇联牵头，组织妇女骨干开展家庭关爱和入户探访。',
  },
  {
    name: '九龙街道小龙人学生志愿服务队',
    type: 'volunteer_team',
    description: '由辖区学生组成，在家长陪同下开展环保宣传和敬老活动。',
    month: '2021-08',
    memberCount: 27,
  },
  {
    name: '九龙街道风筝协会',
    type: 'culture_sports',
    description: '传承潍坊风筝文化，组织风筝扎制培训和放飞比赛。',
  },
  {
    name: '九龙街道乡贤爱心团',
    type: 'caring_individuals',
    description: '凝聚在外乡贤和本地爱心人士，开展助学、助困和助老。',
  },
  {
    name: '九龙街道残疾人互助协会',
    type: 'mutual_aid',
    description: '联系全街道残疾人开展互助帮扶、康复交流和技能培训。',
  },
];

const COMMUNITY_ORG_COUNT = 4;
/** Village organisations: 254 − 7 station − 6 × 4 community = 223. */
const VILLAGE_ORG_TOTAL = JIULONG_ORGANISATION_COUNT - STATION_ORGS.length - COMMUNITIES.length * COMMUNITY_ORG_COUNT;
const VILLAGE_MIN_ORGS = 2;
const VILLAGE_MAX_ORGS = 8;

/** Picks `count` templates for one node, never repeating a suffix or an exclusive group. */
function pickTemplates(
  rng: Rng,
  count: number,
  weights: Record<SeedOrganisationType, number>,
  first?: Template,
): Template[] {
  const chosen: Template[] = first ? [first] : [];
  while (chosen.length < count) {
    const used = new Set(chosen.map((t) => t.suffix));
    const usedGroups = new Set(chosen.map((t) => t.group).filter((g): g is string => g !== undefined));
    const available = TEMPLATES.filter((t) => !used.has(t.suffix) && !(t.group && usedGroups.has(t.group)));
    const types = [...new Set(available.map((t) => t.type))];
    const type = weightedPick(rng, types, (ty) => weights[ty]);
    chosen.push(
      pick(
        rng,
        available.filter((t) => t.type === type),
      ),
    );
  }
  return chosen;
}

function buildDrafts(rng: Rng, tiers: SeedTierNode[]): Draft[] {
  const drafts: Draft[] = STATION_ORGS.map((o) => ({
    ...o,
    tierKey: 'root',
    level: 'station' as const,
  }));

  for (const community of tiers.filter((n) => n.level === 'community')) {
    for (const t of pickTemplates(rng, COMMUNITY_ORG_COUNT, COMMUNITY_TYPE_WEIGHT)) {
      drafts.push({
        name: community.name + t.suffix,
        type: t.type,
        tierKey: community.key,
        level: 'community',
        description: `立足${community.name}，${t.does}。`,
      });
    }
  }

  // Villages: every one gets 2, the rest is spread unevenly by a random "size" per village.
  const villages = tiers.filter((n) => n.level === 'village');
  const counts = villages.map(() => VILLAGE_MIN_ORGS);
  const size = villages.map(() => 0.4 + rng() * 1.6);
  let remaining = VILLAGE_ORG_TOTAL - VILLAGE_MIN_ORGS * villages.length;
  while (remaining > 0) {
    const open = villages.map((_, i) => i).filter((i) => (counts[i] as number) < VILLAGE_MAX_ORGS);
    const i = weightedPick(rng, open, (j) => size[j] as number);
    counts[i] = (counts[i] as number) + 1;
    remaining--;
  }
  const baseTeam = TEMPLATES[0] as Template; // every village point has its own volunteer team
  villages.forEach((village, i) => {
    for (const t of pickTemplates(rng, counts[i] as number, VILLAGE_TYPE_WEIGHT, baseTeam)) {
      drafts.push({
        name: village.name + t.suffix,
        type: t.type,
        tierKey: village.key,
        level: 'village',
        description: `立足${village.name}，${t.does}。`,
      });
    }
  });
  return drafts;
}

/** Assigns a joining month to every draft, honouring forced months and the monthly quotas. */
function assignMonths(rng: Rng, drafts: Draft[]): string[] {
  const quota: Record<string, number> = { ...JIULONG_MONTHLY_JOINED };
  const months: (string | undefined)[] = drafts.map((d) => d.month);
  for (const m of months) if (m) quota[m] = (quota[m] as number) - 1;

  const free = drafts.map((_, i) => i).filter((i) => months[i] === undefined);
  // Weighted sampling without replacement (Efraimidis–Spirakis) for the June integration.
  const keyed = free.map((i) => ({
    i,
    key: Math.pow(rng(), 1 / EXISTING_LIKELIHOOD[(drafts[i] as Draft).type]),
  }));
  keyed.sort((a, b) => b.key - a.key || a.i - b.i);
  const juneCount = quota['2021-06'] as number;
  keyed.slice(0, juneCount).forEach(({ i }) => (months[i] = '2021-06'));

  const cultivated = shuffle(
    rng,
    keyed.slice(juneCount).map(({ i }) => i),
  );
  let cursor = 0;
  for (const month of ['2021-07', '2021-08', '2021-09', '2021-10', '2021-11']) {
    for (let k = 0; k < (quota[month] as number); k++) months[cultivated[cursor++] as number] = month;
  }
  return months.map((m) => m as string);
}

function statusHistory(rng: Rng, joinedDay: number, integrated: boolean): SeedStatusEntry[] {
  const history: SeedStatusEntry[] = [];
  const push = (status: SeedOrganisationStatus, day: number, reason: string): void => {
    history.push({ status, effectiveOn: fromDay(day), reason });
  };
  let day = joinedDay;
  let status: SeedOrganisationStatus;

  if (integrated) {
    if (rng() < 0.25) {
      status = 'registered';
      push(status, day, '街道社工站成立，已在民政部门备案的组织纳入站点登记管理');
    } else {
      status = 'active';
      push(status, day, '街道社工站成立，辖区现有组织纳入站点登记管理');
    }
  } else {
    status = 'incubating';
    push(status, day, '社工站孵化培育，纳入站点登记');
    const activeDay = day + intIn(rng, 25, 75);
    if (activeDay > AS_OF_DAY) return history;
    day = activeDay;
    status = 'active';
    push(status, day, '孵化期满，组织架构健全并常态化开展活动');
  }

  if (status === 'active' && rng() < (integrated ? 0.2 : 0.15)) {
    const next = day + intIn(rng, 20, 90);
    if (next <= AS_OF_DAY) {
      day = next;
      status = 'registered';
      push(status, day, '完成民政备案');
    }
  }

  if (rng() < (status === 'registered' ? 0.02 : 0.07)) {
    const next = Math.max(day + intIn(rng, 20, 80), toDay('2021-09-15') + intIn(rng, 0, 30));
    if (next <= AS_OF_DAY) {
      const previous = status;
      day = next;
      status = 'dormant';
      push(
        status,
        day,
        pick(rng, ['骨干成员外出务工，活动暂停', '秋收农忙，活动暂停', '负责人身体原因，活动暂停'] as const),
      );
      const back = day + intIn(rng, 15, 45);
      if (rng() < 0.3 && back <= AS_OF_DAY) {
        day = back;
        push(previous, day, '骨干回村，恢复常态化活动');
      }
    }
  }
  return history;
}

/** Exactly 254 organisations, deterministic, all present (none dissolved) on 2021-11-30. */
export function jiulongOrganisations(): SeedOrganisation[] {
  const rng = mulberry32(0x4a4c_2021); // "JL" 2021
  const drafts = buildDrafts(rng, jiulongTiers());
  const months = assignMonths(rng, drafts);
  const phones = new Set<string>();

  return drafts.map((draft, i) => {
    const month = months[i] as string;
    const integrated = month === '2021-06';
    const joinedDay = toDay(`${month}-01`) + intIn(rng, 0, daysInMonth(month) - 1);

    let foundedDay: number;
    if (integrated) {
      const from = toDay(draft.type === 'elderly_association' || draft.type === 'other' ? '1995-01-01' : '2006-01-01');
      foundedDay = intIn(rng, from, toDay('2021-05-31'));
    } else {
      foundedDay = rng() < 0.65 ? joinedDay : joinedDay - intIn(rng, 1, 45);
    }

    let contact: string;
    do {
      contact = pick(rng, MOBILE_PREFIXES) + String(intIn(rng, 0, 99_999_999)).padStart(8, '0');
    } while (phones.has(contact));
    phones.add(contact);

    const [lo, hi] = MEMBER_RANGE[draft.type];
    const scale = draft.level === 'village' ? 1 : draft.level === 'community' ? 1.5 : 2;
    const memberCount =
      draft.memberCount ??
      Math.min(120, Math.round(intIn(rng, lo, integrated ? hi : Math.ceil((lo + hi) / 2)) * scale));

    return {
      name: draft.name,
      type: draft.type,
      tierKey: draft.tierKey,
      foundedOn: fromDay(foundedDay),
      joinedOn: fromDay(joinedDay),
      leader: pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES),
      contact,
      memberCount,
      description: draft.description,
      statusHistory: statusHistory(rng, joinedDay, integrated),
    };
  });
}
