/** Request/reply subjects of the teams service (`<service>.<entity>.<verb>`). */
export const TeamsSubjects = {
  teamCreate: 'teams.team.create',
  teamList: 'teams.team.list',
  teamGet: 'teams.team.get',
  teamUpdate: 'teams.team.update',
  memberAdd: 'teams.member.add',
  memberRemove: 'teams.member.remove',
  memberList: 'teams.member.list',
  volunteerTeamsList: 'teams.volunteer_teams.list',
} as const;

/** Events the teams service publishes through its outbox. */
export const TeamsEvents = {
  teamCreated: 'evt.teams.team.created',
  teamUpdated: 'evt.teams.team.updated',
  memberJoined: 'evt.teams.member.joined',
  memberLeft: 'evt.teams.member.left',
} as const;
