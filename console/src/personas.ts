// Who is signed in, as far as the screens care: the station head (the whole tree), a leader
// (community lead, village point lead, team leader: their subtree) or a volunteer (their own
// shifts and hours). One person can be several: a team leader who also volunteers sees both.
import { currentSession, type SessionUser } from './api/http.ts';

const HEAD_ROLES = new Set(['station_head', 'platform_admin']);
const LEADER_ROLES = new Set(['community_lead', 'village_lead', 'team_leader']);
/** Leads of a node (station head, community lead, village point lead): real-name records, imports, teams. */
const LEAD_ROLES = new Set(['station_head', 'platform_admin', 'community_lead', 'village_lead']);

export interface Persona {
  head: boolean;
  /** A civil affairs bureau's officer: the roll-up of the stations they supervise, nothing inside them. */
  bureau: boolean;
  /** Registers volunteers, imports lists and manages teams in their subtree (not a team leader alone). */
  lead: boolean;
  leader: boolean;
  volunteer: boolean;
  volunteerId: string | null;
  /** The node a leader's lists start from (their grant's subtree); null for the head: everything. */
  leaderNodeId: string | null;
}

export type PersonaKind = 'head' | 'bureau' | 'lead' | 'leader' | 'volunteer';

export function personaOf(user: SessionUser | null | undefined): Persona {
  const grants = user?.grants ?? [];
  const head = grants.some((g) => HEAD_ROLES.has(g.role));
  const leaderGrant = grants.find((g) => LEADER_ROLES.has(g.role));
  const volunteerId = user?.volunteerId ?? null;
  return {
    head,
    bureau: grants.some((g) => g.role === 'bureau_officer'),
    lead: grants.some((g) => LEAD_ROLES.has(g.role)),
    leader: head || Boolean(leaderGrant),
    volunteer: Boolean(volunteerId) || grants.some((g) => g.role === 'volunteer'),
    volunteerId,
    leaderNodeId: head ? null : (leaderGrant?.tierNodeId ?? null),
  };
}

export const currentPersona = (): Persona => personaOf(currentSession.value?.user);

export interface Tab {
  route: string;
  zh: string;
  en: string;
  for: PersonaKind[];
}

/** The tabs, in order; `for` says which personas see each. */
export const TABS: Tab[] = [
  { route: 'bureau', zh: '督导汇总', en: 'Bureau roll-up', for: ['bureau'] },
  { route: 'growth', zh: '组织发展', en: 'Growth', for: ['head'] },
  { route: 'coverage', zh: '村级覆盖', en: 'Coverage', for: ['head'] },
  { route: 'tiers', zh: '三级架构', en: 'Tiers', for: ['head'] },
  { route: 'organisations', zh: '组织名录', en: 'Organisations', for: ['head'] },
  { route: 'shifts', zh: '班次', en: 'Shifts', for: ['head', 'leader'] },
  { route: 'approvals', zh: '待审核时长', en: 'Hours queue', for: ['head', 'leader'] },
  { route: 'volunteers', zh: '志愿者', en: 'Volunteers', for: ['lead'] },
  { route: 'import', zh: '导入', en: 'Import', for: ['lead'] },
  // A team leader sees the teams they can see (their own) and manages the rosters they lead.
  { route: 'teams', zh: '志愿服务队', en: 'Teams', for: ['lead', 'leader'] },
  { route: 'my', zh: '我的班次', en: 'My shifts', for: ['volunteer'] },
  { route: 'my-hours', zh: '我的时长', en: 'My hours', for: ['volunteer'] },
  { route: 'inbox', zh: '消息', en: 'Messages', for: ['volunteer'] },
];

/** Routes that are no tab of their own, and who may open them. */
const EXTRA: Record<string, PersonaKind[]> = { roster: ['head', 'leader'], plan: ['head', 'leader'] };

/** Whether this persona may open the route. */
export function allows(persona: Persona, route: string): boolean {
  const who = TABS.find((t) => t.route === route)?.for ?? EXTRA[route];
  if (!who) return true;
  return who.some((p) => persona[p]);
}

export const tabsFor = (persona: Persona): Tab[] => TABS.filter((t) => t.for.some((p) => persona[p]));

/** Where a user lands after logging in: the head on growth, leaders on shifts, volunteers on theirs. */
export function homeRoute(persona: Persona): string {
  if (persona.head) return '/growth';
  if (persona.leader) return '/shifts';
  if (persona.volunteer) return '/my';
  if (persona.bureau) return '/bureau';
  return '/growth';
}
