import { DomainException, type FieldError } from '#linli/platform';

const idField = (code: string, message: string, extra: FieldError[] = []) =>
  new DomainException(code, 400, message, undefined, [{ field: 'idNumber', code, message }, ...extra]);

/**
 * ID number problems are 400s with the specific code on top and a field error on idNumber
 * (and on sex or birthDate for a mismatch): they are bad input the form can point at.
 * Missing guardian or guardian consent for a minor is a 422: the input is well formed, a rule refuses it.
 */
export const VolunteerErrors = {
  idNumberInvalid: () =>
    idField('VOLUNTEER.ID_NUMBER_INVALID', '证件号码格式不正确 / The ID number is not in a valid format'),
  idChecksum: () => idField('VOLUNTEER.ID_CHECKSUM', '身份证号校验位不正确 / The ID number check character is wrong'),
  idBirthDate: () =>
    idField('VOLUNTEER.ID_BIRTH_DATE', '身份证号中的出生日期无效 / The birth date in the ID number is not a real date'),
  idSexMismatch: () =>
    idField('VOLUNTEER.ID_SEX_MISMATCH', '性别与身份证号不符 / The sex does not match the ID number', [
      { field: 'sex', code: 'VOLUNTEER.ID_SEX_MISMATCH', message: '性别与身份证号不符 / does not match the ID number' },
    ]),
  idBirthDateMismatch: () =>
    idField(
      'VOLUNTEER.ID_BIRTH_DATE_MISMATCH',
      '出生日期与身份证号不符 / The birth date does not match the ID number',
      [
        {
          field: 'birthDate',
          code: 'VOLUNTEER.ID_BIRTH_DATE_MISMATCH',
          message: '出生日期与身份证号不符 / does not match the ID number',
        },
      ],
    ),
  fieldRequired: (field: string) =>
    new DomainException('VOLUNTEER.FIELD_REQUIRED', 400, `${field} 必填 / ${field} is required`, { field }, [
      { field, code: 'VOLUNTEER.FIELD_REQUIRED', message: `${field} 必填 / ${field} is required` },
    ]),
  birthDateInvalid: () =>
    new DomainException(
      'VOLUNTEER.BIRTH_DATE_INVALID',
      400,
      '出生日期无效或晚于今天 / The birth date is not a real past date',
      undefined,
      [{ field: 'birthDate', code: 'VOLUNTEER.BIRTH_DATE_INVALID', message: '出生日期无效 / not a real past date' }],
    ),
  phoneInvalid: () =>
    new DomainException(
      'VOLUNTEER.PHONE_INVALID',
      400,
      '手机号须为 11 位中国大陆手机号 / The phone must be an 11-digit mainland mobile number',
    ),
  sexInvalid: (value: string) =>
    new DomainException('VOLUNTEER.SEX_INVALID', 400, `性别须为“男”或“女” / Sex must be 男 or 女`, { value }),
  guardianRequired: () =>
    new DomainException(
      'VOLUNTEER.GUARDIAN_REQUIRED',
      422,
      '未满 18 周岁须登记监护人（姓名、电话、关系）/ A minor needs a guardian (name, phone, relation)',
    ),
  guardianConsentRequired: () =>
    new DomainException(
      'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED',
      422,
      '未满 18 周岁须有监护人同意 / A minor needs the guardian’s recorded consent',
    ),
  duplicate: (field: 'idNumber' | 'phone', existingVolunteerId?: string) =>
    new DomainException(
      'VOLUNTEER.DUPLICATE',
      409,
      field === 'idNumber'
        ? '本站已登记该证件号码的志愿者 / A volunteer with this ID number is registered at this station'
        : '本站已有志愿者使用该手机号 / A volunteer with this phone is registered at this station',
      { field, ...(existingVolunteerId ? { existingVolunteerId } : {}) },
    ),
  notFound: (id: string) =>
    new DomainException('VOLUNTEER.NOT_FOUND', 404, '志愿者不存在 / Volunteer not found', { id }),
  notPending: (status: string) =>
    new DomainException(
      'VOLUNTEER.NOT_PENDING',
      409,
      `该志愿者不是待确认状态 / The volunteer is ${status}, not pending`,
      { status },
    ),
  recruiterNotFound: (id: string) =>
    new DomainException(
      'VOLUNTEER.RECRUITER_NOT_FOUND',
      422,
      '推荐人不是本站志愿者 / The recruiter is not a volunteer of this station',
      { id },
    ),
  fieldForbidden: (fields: string[]) =>
    new DomainException(
      'VOLUNTEER.FIELD_FORBIDDEN',
      403,
      '志愿者本人只能修改技能和服务时间 / Volunteers may change only their skills and available times',
      { fields },
    ),
  revealForbidden: () =>
    new DomainException('VOLUNTEER.REVEAL_FORBIDDEN', 403, '您无权查看完整证件信息 / You may not read this in full'),
  tooManyJoins: (retryAfterSeconds: number) =>
    new DomainException(
      'JOIN.TOO_MANY_ATTEMPTS',
      429,
      '提交过于频繁，请稍后再试 / Too many sign-ups from this address; try later',
      {
        retryAfterSeconds,
      },
    ),
};

export const ImportErrors = {
  notFound: (id: string) => new DomainException('IMPORT.NOT_FOUND', 404, '导入任务不存在 / Import not found', { id }),
  idTaken: (id: string) =>
    new DomainException('IMPORT.ID_TAKEN', 409, '该导入编号已被使用 / This import id is already in use', { id }),
  finished: (status: string) =>
    new DomainException('IMPORT.FINISHED', 409, `导入任务已结束（${status}）/ The import has already ${status}`, {
      status,
    }),
  tierUnknown: (value: string) =>
    new DomainException(
      'IMPORT.TIER_UNKNOWN',
      400,
      `找不到“${value}”或不在您的管理范围 / No village or community named ${value} in your area`,
      { value },
    ),
  tierAmbiguous: (value: string) =>
    new DomainException(
      'IMPORT.TIER_AMBIGUOUS',
      400,
      `“${value}”有重名，请填写编码 / ${value} names several nodes; use its code`,
      { value },
    ),
  duplicateRow: (firstRow: number) =>
    new DomainException('IMPORT.DUPLICATE_ROW', 400, `与第 ${firstRow} 行重复 / Repeats row ${firstRow}`, { firstRow }),
};
