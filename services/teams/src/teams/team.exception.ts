import { DomainException } from '#linli/platform';

export const TeamErrors = {
  notFound: (id: string) => new DomainException('TEAM.NOT_FOUND', 404, '志愿服务队不存在 / Team not found', { id }),
  nameTaken: (name: string) =>
    new DomainException('TEAM.NAME_TAKEN', 409, `本站已有名为“${name}”的服务队 / A team named ${name} exists`, {
      name,
    }),
  dissolved: (id: string) =>
    new DomainException('TEAM.DISSOLVED', 409, '服务队已解散，不能再变更 / A dissolved team cannot be changed', { id }),
  alreadyMember: (teamId: string, volunteerId: string) =>
    new DomainException(
      'TEAM.ALREADY_MEMBER',
      409,
      '该志愿者已在队中 / The volunteer is already a member of this team',
      {
        teamId,
        volunteerId,
      },
    ),
  notMember: (teamId: string, volunteerId: string) =>
    new DomainException(
      'TEAM.NOT_MEMBER',
      404,
      '该志愿者不在队中 / The volunteer is not a current member of this team',
      {
        teamId,
        volunteerId,
      },
    ),
  lastLeader: (teamId: string, volunteerId: string) =>
    new DomainException(
      'TEAM.LAST_LEADER',
      409,
      '不能移除最后一位队长：请先任命新队长或先移除其他队员 / Cannot remove the last leader while members remain: appoint another leader first',
      { teamId, volunteerId },
    ),
  volunteerNotFound: (id: string) =>
    new DomainException('VOLUNTEER.NOT_FOUND', 404, '志愿者不存在 / Volunteer not found', { id }),
  volunteerNotActive: (id: string, status: string) =>
    new DomainException(
      'TEAM.VOLUNTEER_NOT_ACTIVE',
      422,
      '志愿者当前状态不能入队（待确认、暂停或已退出）/ Only an active volunteer can join a team',
      { id, status },
    ),
};
