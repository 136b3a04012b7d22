import { CoverageCounts, CoverageRange } from '../common/coverage.js';
import { event, operation, serviceApi } from '../api/operation.js';
import {
  AddTeamMemberDto,
  CreateTeamDto,
  ListTeamMembersQuery,
  ListTeamsQuery,
  TeamDto,
  TeamEventPayload,
  TeamMemberDto,
  TeamMemberEventPayload,
  TeamMemberList,
  TeamPage,
  UpdateTeamDto,
  VolunteerTeamList,
} from './team.dto.js';

const NODE = { 'TIER.NOT_FOUND': 404 } as const;
const TEAM = { 'TEAM.NOT_FOUND': 404 } as const;

/** Every operation and event of the teams service: volunteer teams, leaders, memberships. */
export const TeamsApi = serviceApi(
  'teams',
  {
    /** What the subtree holds or did per tier path, for the station's village coverage. */
    coverageCounts: operation({ subject: 'teams.coverage.counts', input: CoverageRange, response: CoverageCounts }),
    teamCreate: operation({
      subject: 'teams.team.create',
      input: CreateTeamDto,
      response: TeamDto,
      idempotent: true,
      errors: { ...NODE, 'ORGANISATION.NOT_FOUND': 404, 'TEAM.NAME_TAKEN': 409 },
    }),
    teamList: operation({ subject: 'teams.team.list', input: ListTeamsQuery, response: TeamPage, errors: NODE }),
    teamGet: operation({ subject: 'teams.team.get', fields: { id: 'uuid' }, response: TeamDto, errors: TEAM }),
    teamUpdate: operation({
      subject: 'teams.team.update',
      input: UpdateTeamDto,
      fields: { id: 'uuid' },
      response: TeamDto,
      errors: { ...TEAM, ...NODE, 'TEAM.NAME_TAKEN': 409, 'TEAM.DISSOLVED': 409, 'ORGANISATION.NOT_FOUND': 404 },
    }),
    memberAdd: operation({
      subject: 'teams.member.add',
      input: AddTeamMemberDto,
      fields: { id: 'uuid' },
      response: TeamMemberDto,
      idempotent: true,
      errors: {
        ...TEAM,
        'VOLUNTEER.NOT_FOUND': 404,
        'TEAM.ALREADY_MEMBER': 409,
        'TEAM.DISSOLVED': 409,
        'TEAM.VOLUNTEER_NOT_ACTIVE': 422,
      },
    }),
    memberRemove: operation({
      subject: 'teams.member.remove',
      fields: { id: 'uuid', volunteerId: 'uuid' },
      response: TeamMemberDto,
      errors: { ...TEAM, 'TEAM.NOT_MEMBER': 404, 'TEAM.LAST_LEADER': 409 },
    }),
    memberList: operation({
      subject: 'teams.member.list',
      input: ListTeamMembersQuery,
      fields: { id: 'uuid' },
      response: TeamMemberList,
      errors: TEAM,
    }),
    volunteerTeamsList: operation({
      subject: 'teams.volunteer_teams.list',
      fields: { id: 'uuid' },
      response: VolunteerTeamList,
      errors: { 'VOLUNTEER.NOT_FOUND': 404 },
    }),
  },
  {
    teamCreated: event('evt.teams.team.created', TeamEventPayload),
    teamUpdated: event('evt.teams.team.updated', TeamEventPayload),
    memberJoined: event('evt.teams.member.joined', TeamMemberEventPayload),
    memberLeft: event('evt.teams.member.left', TeamMemberEventPayload),
  },
);
