import { HoursApi } from '#linli/contracts';
import { declaredErrors } from '#linli/platform';

/** Every refusal of the hours service; each code is one its declaration (HoursApi) lists. */
export const HoursErrors = declaredErrors(HoursApi, {
  entryNotFound: (id: string) => ({
    code: 'HOURS.ENTRY_NOT_FOUND',
    message: '时长记录不存在 / Hours entry not found',
    details: { id },
  }),
  volunteerNotFound: (id: string) => ({
    code: 'HOURS.VOLUNTEER_NOT_FOUND',
    message: '未找到该志愿者的时长记录 / No hours known for this volunteer',
    details: { id },
  }),
  alreadyDecided: (id: string, status: string) => ({
    code: 'HOURS.ALREADY_DECIDED',
    message: `该记录已处理（${status}）/ This entry was already decided`,
    details: { id, status },
  }),
  notPending: (id: string, status: string) => ({
    code: 'HOURS.NOT_PENDING',
    message: `该记录不在待审核状态（${status}）/ This entry is not pending`,
    details: { id, status },
  }),
  isCorrection: (id: string) => ({
    code: 'HOURS.IS_CORRECTION',
    message: '这是更正申请，请用更正的接受/拒绝接口 / This is a correction request: accept or refuse it instead',
    details: { id },
  }),
  notCorrection: (id: string) => ({
    code: 'HOURS.NOT_A_CORRECTION',
    message: '更正申请不存在 / Correction request not found',
    details: { id },
  }),
  extensionInvalid: (minutes: number, recorded: number, actual: number | null) => ({
    code: 'HOURS.EXTENSION_INVALID',
    message:
      '延长后的分钟数须在记录值与签到签退实际分钟之间 / An extension must lie between the recorded and the actual minutes',
    details: { minutes, recorded, actual },
  }),
  superseded: (id: string, by: string) => ({
    code: 'HOURS.SUPERSEDED',
    message: '该记录已被更正取代 / This entry was replaced by a correction',
    details: { id, supersededBy: by },
  }),
  correctionOpen: (id: string, correctionId: string) => ({
    code: 'HOURS.CORRECTION_OPEN',
    message: '该记录已有待处理的更正申请 / A correction is already pending',
    details: { id, correctionId },
  }),
  dateInFuture: (date: string) => ({
    code: 'HOURS.DATE_IN_FUTURE',
    message: '服务日期不能晚于今天 / The service date cannot be in the future',
    details: { date },
  }),
  rangeInvalid: (from: string, to: string) => ({
    code: 'HOURS.RANGE_INVALID',
    message: '起始日期晚于截止日期 / from is after to',
    details: { from, to },
  }),
});

/** Refusals about certificates: issuing, the PDF, the public check and revocation. */
export const CertificateErrors = declaredErrors(HoursApi, {
  notFound: (number: string) => ({
    code: 'CERTIFICATE.NOT_FOUND',
    message: '证明不存在 / Certificate not found',
    details: { number },
  }),
  codeUnknown: () => ({
    code: 'CERTIFICATE.CODE_UNKNOWN',
    message: '验证码无对应证明 / No certificate has this verification code',
  }),
  alreadyRevoked: (number: string) => ({
    code: 'CERTIFICATE.ALREADY_REVOKED',
    message: '证明已撤销 / The certificate is already revoked',
    details: { number },
  }),
  nothingToCertify: () => ({
    code: 'CERTIFICATE.NO_APPROVED_HOURS',
    message: '该期间没有已审核的服务时长 / No approved hours in this period',
  }),
  sequenceExhausted: () => ({
    code: 'CERTIFICATE.SEQUENCE_EXHAUSTED',
    message: '本年度证明编号已用尽 / Certificate numbers for this year are used up',
  }),
});
