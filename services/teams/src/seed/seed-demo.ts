import type { DataSource } from 'typeorm';
import { DEMO_STATION, demoId, TeamsApi, tierPath } from '#linli/contracts';
import { publishEvent } from '#linli/platform';

/** Node ids and paths of the demo tree, derived exactly as the organisations seed derives them. */
function demoNode(code: string): { id: string; path: string } {
  const root = DEMO_STATION.rootNodeId;
  if (code === 'root') return { id: root, path: tierPath([], root) };
  const parts = code.split('-'); // JL-01 or JL-01-03
  const community = demoId('tier', parts.slice(0, 2).join('-'));
  if (parts.length === 2) return { id: community, path: tierPath([root], community) };
  const village = demoId('tier', code);
  return { id: village, path: tierPath([root, community], village) };
}

interface SeedTeam {
  key: string;
  node: string;
  name: string;
  description: string;
  /** Name of the organisation in the organisations seed the team is registered as, if any. */
  organisation?: string;
}

const COMMUNITY_NAMES = ['九龙社区', '涌泉社区', '尚庄社区', '石埠社区', '双庙社区', '太平社区'];

export const DEMO_TEAMS: readonly SeedTeam[] = [
  {
    key: 'student',
    node: 'root',
    name: '九龙街道小龙人学生志愿服务队',
    description: '由辖区学生组成，在家长陪同下开展环保宣传和敬老活动。',
    organisation: '九龙街道小龙人学生志愿服务队',
  },
  ...COMMUNITY_NAMES.map((name, i) => ({
    key: `JL-0${i + 1}`,
    node: `JL-0${i + 1}`,
    name: `${name}社工志愿服务队`,
    description: `${name}社区社工服务队的志愿者队伍，开展入户探访、政策宣传和邻里互助。`,
  })),
  {
    key: 'JL-01-01',
    node: 'JL-01-01',
    name: '东王村邻里守望志愿服务队',
    description: '结对关注独居老人和困难家庭，轮值社工站服务大厅志愿服务岗。',
  },
];

/** The persona volunteers the demo accounts are linked to, as this service's local copy holds them. */
export const DEMO_VOLUNTEERS = [
  { key: 'persona', name: '陈志愿', node: 'JL-01-01', team: 'JL-01-01', role: 'member' as const },
  { key: 'team-leader', name: '刘队长', node: 'JL-01-01', team: 'JL-01-01', role: 'leader' as const },
];

const SEEDED_AT = '2021-06-01T09:00:00+08:00';
const JOINED_AT = '2021-09-01T09:00:00+08:00';

/**
 * Seeds the demo station's volunteer teams (one per community, a village team at 东王村 and the
 * station's student team), the two persona volunteers into the local volunteer copy, and their
 * memberships: the team-leader persona leads the 东王村 team, the volunteer persona is a member.
 * The copy rows carry an old timestamp, so the volunteers service's own events replace them.
 * Does nothing twice; returns whether it seeded.
 */
export async function seedDemoTeams(ds: DataSource): Promise<boolean> {
  return ds.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['teams.seed-demo']);
    const [existing] = await manager.query('SELECT 1 FROM teams WHERE id = $1', [demoId('team', 'student')]);
    if (existing) return false;
    const tenantId = DEMO_STATION.tenantId;
    const teams = new Map<string, { id: string; node: { id: string; path: string } }>();
    for (const team of DEMO_TEAMS) {
      const id = demoId('team', team.key);
      const node = demoNode(team.node);
      const organisationId = team.organisation ? demoId('organisation', team.organisation) : null;
      teams.set(team.key, { id, node });
      await manager.query(
        `INSERT INTO teams (id, tenant_id, tier_node_id, tier_path, name, organisation_id, description, status, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', 'seed', $8, $8)`,
        [id, tenantId, node.id, node.path, team.name, organisationId, team.description, SEEDED_AT],
      );
      await publishEvent(
        manager,
        TeamsApi.events.teamCreated,
        tenantId,
        { teamId: id, name: team.name, status: 'active', tierNodeId: node.id, tierPath: node.path, organisationId },
        demoId('event', `team:${team.key}`),
      );
    }
    for (const volunteer of DEMO_VOLUNTEERS) {
      const id = demoId('volunteer', volunteer.key);
      const node = demoNode(volunteer.node);
      await manager.query(
        `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, status, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'active', $6) ON CONFLICT (id) DO NOTHING`,
        [id, tenantId, node.id, node.path, volunteer.name, SEEDED_AT],
      );
      const team = teams.get(volunteer.team)!;
      const membershipId = demoId('team-membership', `${volunteer.team}:${volunteer.key}`);
      await manager.query(
        `INSERT INTO team_memberships (id, tenant_id, team_id, volunteer_id, role, joined_at, added_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'seed')`,
        [membershipId, tenantId, team.id, id, volunteer.role, JOINED_AT],
      );
      await publishEvent(
        manager,
        TeamsApi.events.memberJoined,
        tenantId,
        {
          teamId: team.id,
          volunteerId: id,
          role: volunteer.role,
          tierNodeId: team.node.id,
          tierPath: team.node.path,
          membershipId,
          joinedAt: new Date(JOINED_AT).toISOString(),
        },
        demoId('event', `team-member:${volunteer.team}:${volunteer.key}`),
      );
    }
    return true;
  });
}
