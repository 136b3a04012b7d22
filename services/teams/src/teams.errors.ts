import { TeamsApi } from '#linli/contracts';
import { declaredErrors } from '#linli/platform';

/** Every refusal of the teams service; codes and statuses are the ones `TeamsApi` declares. */
export const TeamErrors = declaredErrors(TeamsApi, {
  notFound: (id: string) => ({ code: 'TEAM.NOT_FOUND', message: '志愿服务队不存在 / Team not found', details: { id } }),
  nameTaken: (name: string) => ({
    code: 'TEAM.NAME_TAKEN',
    message: `本站已有名为“${name}”的服务队 / A team named ${name} exists`,
    details: { name },
  }),
  dissolved: (id: string) => ({
    code: 'TEAM.DISSOLVED',
    message: '服务队已解散，不能再变更 / A dissolved team cannot be changed',
    details: { id },
  }),
  alreadyMember: (teamId: string, volunteerId: string) => ({
    code: 'TEAM.ALREADY_MEMBER',
    message: '该志愿者已在队中 / The volunteer is already a member of this team',
    details: { teamId, volunteerId },
  }),
  notMember: (teamId: string, volunteerId: string) => ({
    code: 'TEAM.NOT_MEMBER',
    message: '该志愿者不在队中 / The volunteer is not a current member of this team',
    details: { teamId, volunteerId },
  }),
  lastLeader: (teamId: string, volunteerId: string) => ({
    code: 'TEAM.LAST_LEADER',
    message:
      '不能移除最后一位队长：请先任命新队长或先移除其他队员 / Cannot remove the last leader while members remain: appoint another leader first',
    details: { teamId, volunteerId },
  }),
  volunteerNotFound: (id: string) => ({
    code: 'VOLUNTEER.NOT_FOUND',
    message: '志愿者不存在 / Volunteer not found',
    details: { id },
  }),
  volunteerNotActive: (id: string, status: string) => ({
    code: 'TEAM.VOLUNTEER_NOT_ACTIVE',
    message: '志愿者当前状态不能入队（待确认、暂停或已退出）/ Only an active volunteer can join a team',
    details: { id, status },
  }),
});
