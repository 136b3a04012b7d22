import { VolunteersApi } from '#linli/contracts';
import { declaredErrors } from '#linli/platform';

export { AccessErrors } from '#linli/platform';

/**
 * Refusals of a volunteer record. ID number problems are 400s with the specific code on top
 * and a field error on idNumber (and on sex or birthDate for a mismatch): bad input the form
 * can point at. A minor without a guardian or the guardian's consent is a 422: the input is
 * well formed, a rule refuses it.
 */
export const VolunteerErrors = declaredErrors(VolunteersApi, {
  idNumberInvalid: () => ({
    code: 'VOLUNTEER.ID_NUMBER_INVALID',
    message: '证件号码格式不正确 / The ID number is not in a valid format',
    errors: [{ field: 'idNumber' }],
  }),
  idChecksum: () => ({
    code: 'VOLUNTEER.ID_CHECKSUM',
    message: '身份证号校验位不正确 / The ID number check character is wrong',
    errors: [{ field: 'idNumber' }],
  }),
  idBirthDate: () => ({
    code: 'VOLUNTEER.ID_BIRTH_DATE',
    message: '身份证号中的出生日期无效 / The birth date in the ID number is not a real date',
    errors: [{ field: 'idNumber' }],
  }),
  idSexMismatch: () => ({
    code: 'VOLUNTEER.ID_SEX_MISMATCH',
    message: '性别与身份证号不符 / The sex does not match the ID number',
    errors: [{ field: 'idNumber' }, { field: 'sex', message: '性别与身份证号不符 / does not match the ID number' }],
  }),
  idBirthDateMismatch: () => ({
    code: 'VOLUNTEER.ID_BIRTH_DATE_MISMATCH',
    message: '出生日期与身份证号不符 / The birth date does not match the ID number',
    errors: [
      { field: 'idNumber' },
      { field: 'birthDate', message: '出生日期与身份证号不符 / does not match the ID number' },
    ],
  }),
  fieldRequired: (field: string) => ({
    code: 'VOLUNTEER.FIELD_REQUIRED',
    message: `${field} 必填 / ${field} is required`,
    errors: [{ field }],
    details: { field },
  }),
  birthDateInvalid: () => ({
    code: 'VOLUNTEER.BIRTH_DATE_INVALID',
    message: '出生日期无效或晚于今天 / The birth date is not a real past date',
    errors: [{ field: 'birthDate', message: '出生日期无效 / not a real past date' }],
  }),
  phoneInvalid: () => ({
    code: 'VOLUNTEER.PHONE_INVALID',
    message: '手机号须为 11 位中国大陆手机号 / The phone must be an 11-digit mainland mobile number',
  }),
  sexInvalid: (value: string) => ({
    code: 'VOLUNTEER.SEX_INVALID',
    message: '性别须为“男”或“女” / Sex must be 男 or 女',
    details: { value },
  }),
  guardianRequired: () => ({
    code: 'VOLUNTEER.GUARDIAN_REQUIRED',
    message: '未满 18 周岁须登记监护人（姓名、电话、关系）/ A minor needs a guardian (name, phone, relation)',
  }),
  guardianConsentRequired: () => ({
    code: 'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED',
    message: '未满 18 周岁须有监护人同意 / A minor needs the guardian’s recorded consent',
  }),
  duplicate: (field: 'idNumber' | 'phone', existingVolunteerId?: string) => ({
    code: 'VOLUNTEER.DUPLICATE',
    message:
      field === 'idNumber'
        ? '本站已登记该证件号码的志愿者 / A volunteer with this ID number is registered at this station'
        : '本站已有志愿者使用该手机号 / A volunteer with this phone is registered at this station',
    details: { field, ...(existingVolunteerId ? { existingVolunteerId } : {}) },
  }),
  notFound: (id: string) => ({
    code: 'VOLUNTEER.NOT_FOUND',
    message: '志愿者不存在 / Volunteer not found',
    details: { id },
  }),
  notPending: (status: string) => ({
    code: 'VOLUNTEER.NOT_PENDING',
    message: `该志愿者不是待确认状态 / The volunteer is ${status}, not pending`,
    details: { status },
  }),
  recruiterNotFound: (id: string) => ({
    code: 'VOLUNTEER.RECRUITER_NOT_FOUND',
    message: '推荐人不是本站志愿者 / The recruiter is not a volunteer of this station',
    details: { id },
  }),
  fieldForbidden: (fields: string[]) => ({
    code: 'VOLUNTEER.FIELD_FORBIDDEN',
    message: '志愿者本人只能修改技能和服务时间 / Volunteers may change only their skills and available times',
    details: { fields },
  }),
  revealForbidden: () => ({
    code: 'VOLUNTEER.REVEAL_FORBIDDEN',
    message: '您无权查看完整证件信息 / You may not read this in full',
  }),
  tooManyJoins: (retryAfterSeconds: number) => ({
    code: 'JOIN.TOO_MANY_ATTEMPTS',
    message: '提交过于频繁，请稍后再试 / Too many sign-ups from this address; try later',
    details: { retryAfterSeconds },
  }),
});

/** Refusals of an import job, and the codes single rows are rejected with. */
export const ImportErrors = declaredErrors(VolunteersApi, {
  notFound: (id: string) => ({
    code: 'IMPORT.NOT_FOUND',
    message: '导入任务不存在 / Import not found',
    details: { id },
  }),
  idTaken: (id: string) => ({
    code: 'IMPORT.ID_TAKEN',
    message: '该导入编号已被使用 / This import id is already in use',
    details: { id },
  }),
  finished: (status: string) => ({
    code: 'IMPORT.FINISHED',
    message: `导入任务已结束（${status}）/ The import has already ${status}`,
    details: { status },
  }),
  tierUnknown: (value: string) => ({
    code: 'IMPORT.TIER_UNKNOWN',
    message: `找不到“${value}”或不在您的管理范围 / No village or community named ${value} in your area`,
    details: { value },
  }),
  tierAmbiguous: (value: string) => ({
    code: 'IMPORT.TIER_AMBIGUOUS',
    message: `“${value}”有重名，请填写编码 / ${value} names several nodes; use its code`,
    details: { value },
  }),
  duplicateRow: (firstRow: number) => ({
    code: 'IMPORT.DUPLICATE_ROW',
    message: `与第 ${firstRow} 行重复 / Repeats row ${firstRow}`,
    details: { firstRow },
  }),
});
