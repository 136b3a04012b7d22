import type { CallerContext, Grant, Role } from '#linli/platform';
import {
  ancestorPaths,
  canManageRoster,
  canManageTeam,
  canReadRoster,
  canSeeTeam,
  canSeeVolunteerTeams,
  teamVisibility,
} from './access.rules.js';

const ROOT = '/r/';
const COMMUNITY = '/r/c1/';
const VILLAGE = '/r/c1/v1/';
const OTHER_VILLAGE = '/r/c2/v9/';

const caller = (role: Role, tierPath: string, volunteerId?: string): CallerContext => ({
  requestId: 'req',
  tenantId: 't',
  userId: 'u',
  grants: [{ role, tierNodeId: 'n', tierPath } as Grant],
  ...(volunteerId ? { volunteerId } : {}),
});

describe('who may manage a team and its roster', () => {
  it('lets the head, community and village leads manage teams in their subtree only', () => {
    expect(canManageTeam(caller('station_head', ROOT), OTHER_VILLAGE)).toBe(true);
    expect(canManageTeam(caller('community_lead', COMMUNITY), VILLAGE)).toBe(true);
    expect(canManageTeam(caller('community_lead', COMMUNITY), OTHER_VILLAGE)).toBe(false);
    expect(canManageTeam(caller('village_lead', VILLAGE), COMMUNITY)).toBe(false);
    expect(canManageTeam(caller('team_leader', VILLAGE), VILLAGE)).toBe(false);
    expect(canManageTeam(caller('volunteer', VILLAGE), VILLAGE)).toBe(false);
  });

  it('lets a team leader manage the roster of a team their volunteer leads, and no other', () => {
    const leader = caller('team_leader', VILLAGE, 'vol-1');
    expect(canManageRoster(leader, VILLAGE, { member: true, leader: true })).toBe(true);
    // Leadership entitles wherever the team sits (a station-level team led from a village).
    expect(canManageRoster(leader, ROOT, { member: true, leader: true })).toBe(true);
    expect(canManageRoster(leader, VILLAGE, { member: true, leader: false })).toBe(false);
    expect(canManageRoster(leader, VILLAGE)).toBe(false);
  });

  it('does not let a plain volunteer manage a roster, even as a leader-member, without the team_leader role', () => {
    expect(canManageRoster(caller('volunteer', VILLAGE, 'vol-1'), VILLAGE, { member: true, leader: true })).toBe(false);
  });

  it('shows rosters to leads and team leaders in the subtree and to the team’s own leaders, not to volunteers', () => {
    expect(canReadRoster(caller('team_leader', VILLAGE), VILLAGE)).toBe(true);
    expect(canReadRoster(caller('team_leader', VILLAGE), OTHER_VILLAGE)).toBe(false);
    expect(canReadRoster(caller('volunteer', VILLAGE), VILLAGE, { member: true, leader: false })).toBe(false);
    expect(canReadRoster(caller('volunteer', VILLAGE), OTHER_VILLAGE, { member: true, leader: true })).toBe(true);
  });
});

describe('who sees a team', () => {
  it('shows teams in the subtree, above the caller’s node, and the caller’s own teams', () => {
    const volunteer = caller('volunteer', VILLAGE);
    expect(canSeeTeam(volunteer, VILLAGE)).toBe(true);
    expect(canSeeTeam(volunteer, COMMUNITY)).toBe(true);
    expect(canSeeTeam(volunteer, ROOT)).toBe(true);
    expect(canSeeTeam(volunteer, OTHER_VILLAGE)).toBe(false);
    expect(canSeeTeam(volunteer, OTHER_VILLAGE, { member: true, leader: false })).toBe(true);
    expect(teamVisibility(volunteer)).toEqual({ subtrees: [VILLAGE], ancestors: ['/r/', '/r/c1/'] });
  });

  it('lists the proper ancestors of a path', () => {
    expect(ancestorPaths('/a/b/c/')).toEqual(['/a/', '/a/b/']);
    expect(ancestorPaths('/a/')).toEqual([]);
  });

  it('shows a volunteer’s teams to the volunteer and to readers over their node', () => {
    expect(canSeeVolunteerTeams(caller('volunteer', VILLAGE, 'vol-1'), 'vol-1', VILLAGE)).toBe(true);
    expect(canSeeVolunteerTeams(caller('volunteer', VILLAGE, 'vol-1'), 'vol-2', VILLAGE)).toBe(false);
    expect(canSeeVolunteerTeams(caller('village_lead', VILLAGE), 'vol-2', VILLAGE)).toBe(true);
    expect(canSeeVolunteerTeams(caller('village_lead', VILLAGE), 'vol-2', OTHER_VILLAGE)).toBe(false);
  });
});
