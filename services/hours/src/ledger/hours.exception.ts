import { DomainException } from '#linli/platform';

export const HoursErrors = {
  entryNotFound: (id: string) =>
    new DomainException('HOURS.ENTRY_NOT_FOUND', 404, '时长记录不存在 / Hours entry not found', { id }),
  volunteerNotFound: (id: string) =>
    new DomainException(
      'HOURS.VOLUNTEER_NOT_FOUND',
      404,
      '未找到该志愿者的时长记录 / No hours known for this volunteer',
      {
        id,
      },
    ),
  alreadyDecided: (id: string, status: string) =>
    new DomainException('HOURS.ALREADY_DECIDED', 409, `该记录已处理（${status}）/ This entry was already decided`, {
      id,
      status,
    }),
  notPending: (id: string, status: string) =>
    new DomainException('HOURS.NOT_PENDING', 409, `该记录不在待审核状态（${status}）/ This entry is not pending`, {
      id,
      status,
    }),
  isCorrection: (id: string) =>
    new DomainException(
      'HOURS.IS_CORRECTION',
      409,
      '这是更正申请，请用更正的接受/拒绝接口 / This is a correction request: accept or refuse it instead',
      { id },
    ),
  notCorrection: (id: string) =>
    new DomainException('HOURS.NOT_A_CORRECTION', 404, '更正申请不存在 / Correction request not found', { id }),
  extensionInvalid: (minutes: number, recorded: number, actual: number | null) =>
    new DomainException(
      'HOURS.EXTENSION_INVALID',
      422,
      '延长后的分钟数须在记录值与签到签退实际分钟之间 / An extension must lie between the recorded and the actual minutes',
      { minutes, recorded, actual },
    ),
  superseded: (id: string, by: string) =>
    new DomainException('HOURS.SUPERSEDED', 409, '该记录已被更正取代 / This entry was replaced by a correction', {
      id,
      supersededBy: by,
    }),
  correctionOpen: (id: string, correctionId: string) =>
    new DomainException('HOURS.CORRECTION_OPEN', 409, '该记录已有待处理的更正申请 / A correction is already pending', {
      id,
      correctionId,
    }),
  correctionNotOwn: () =>
    new DomainException(
      'HOURS.CORRECTION_NOT_OWN',
      403,
      '只能为自己的记录申请更正，或由负责人代为申请 / Only the volunteer, or a leader for them, may ask',
    ),
  dateInFuture: (date: string) =>
    new DomainException(
      'HOURS.DATE_IN_FUTURE',
      422,
      '服务日期不能晚于今天 / The service date cannot be in the future',
      {
        date,
      },
    ),
  rangeInvalid: (from: string, to: string) =>
    new DomainException('HOURS.RANGE_INVALID', 400, '起始日期晚于截止日期 / from is after to', { from, to }),
};
