import { DomainException } from '#linli/platform';

export const AccessErrors = {
  forbidden: () =>
    new DomainException('ACCESS.FORBIDDEN', 403, '您没有执行此操作的权限 / You are not allowed to do this'),
  outsideScope: () =>
    new DomainException('ACCESS.OUTSIDE_SCOPE', 403, '该对象不在您的管理范围内 / This is outside your area'),
  notYourself: () =>
    new DomainException('ACCESS.NOT_YOURSELF', 403, '志愿者只能为自己操作 / A volunteer may act only for themself'),
  noVolunteerProfile: () =>
    new DomainException(
      'ACCESS.NO_VOLUNTEER_PROFILE',
      403,
      '当前账号未关联志愿者档案 / This account has no volunteer profile',
    ),
};

export const ActivityErrors = {
  tierNodeNotFound: (id: string) =>
    new DomainException('TIER.NOT_FOUND', 404, '层级节点不存在 / Tier node not found', { id }),
  projectNotFound: (id: string) =>
    new DomainException('PROJECT.NOT_FOUND', 404, '项目不存在 / Project not found', { id }),
  projectNameTaken: (name: string) =>
    new DomainException('PROJECT.NAME_TAKEN', 409, `已有名为“${name}”的项目 / A project named ${name} exists`, {
      name,
    }),
  activityNotFound: (id: string) =>
    new DomainException('ACTIVITY.NOT_FOUND', 404, '活动不存在 / Activity not found', { id }),
  timesInvalid: (startsAt: string, endsAt: string) =>
    new DomainException('TIME.RANGE_INVALID', 422, '结束时间须晚于开始时间 / The end must be after the start', {
      startsAt,
      endsAt,
    }),
  shiftNotFound: (id: string) => new DomainException('SHIFT.NOT_FOUND', 404, '班次不存在 / Shift not found', { id }),
  shiftTooLong: () =>
    new DomainException('SHIFT.TOO_LONG', 422, '单个班次不能超过 24 小时 / A shift lasts at most 24 hours'),
  recurrence: (code: string, message: string) =>
    new DomainException(code, code === 'SHIFT.RECURRENCE_TOO_LONG' ? 422 : 400, message),
  capacityBelowConfirmed: (capacity: number, confirmed: number) =>
    new DomainException(
      'SHIFT.CAPACITY_BELOW_CONFIRMED',
      409,
      `已有 ${confirmed} 人确认，名额不能少于此数 / ${confirmed} places are confirmed; capacity cannot go below that`,
      { capacity, confirmed },
    ),
  shiftStarted: () =>
    new DomainException(
      'SHIFT.STARTED',
      409,
      '班次已开始，不能修改时间 / The shift has started; its times cannot change',
    ),
};

export const VolunteerErrors = {
  notFound: (id: string) =>
    new DomainException('VOLUNTEER.NOT_FOUND', 404, '志愿者不存在 / Volunteer not found', { id }),
  notActive: (status: string) =>
    new DomainException('VOLUNTEER.NOT_ACTIVE', 422, '志愿者未在册或已停用 / The volunteer is not active', { status }),
};

export const SignupErrors = {
  notOpen: (opensAt: string) =>
    new DomainException('SIGNUP.NOT_OPEN', 422, '报名尚未开放 / Sign-up has not opened yet', { opensAt }),
  closed: () => new DomainException('SIGNUP.CLOSED', 422, '班次已开始或已结束 / The shift has started or is over'),
  clash: (details?: Record<string, unknown>) =>
    new DomainException(
      'SIGNUP.CLASH',
      409,
      '与已确认的其他班次时间冲突 / Clashes with another confirmed shift',
      details,
    ),
  tooYoung: (minAge: number, age: number | null) =>
    new DomainException(
      'SIGNUP.TOO_YOUNG',
      422,
      `本活动要求年满 ${minAge} 岁 / This activity needs age ${minAge} or over`,
      {
        minAge,
        age,
      },
    ),
  skillsMissing: (missing: string[]) =>
    new DomainException(
      'SIGNUP.SKILLS_MISSING',
      422,
      '缺少本班次要求的技能 / Skills required by the shift are missing',
      { missing },
    ),
  guardianConsentRequired: () =>
    new DomainException(
      'SIGNUP.GUARDIAN_CONSENT_REQUIRED',
      422,
      '未成年志愿者须有监护人同意书 / A minor needs guardian consent on file',
    ),
  insuranceRequired: (date: string, insuredUntil: string | null) =>
    new DomainException(
      'SIGNUP.INSURANCE_REQUIRED',
      422,
      '有受伤风险的活动须有覆盖当日的意外保险 / An injury-risk activity needs accident insurance covering the day',
      { date, insuredUntil },
    ),
  cancelCutoff: (cutoffAt: string) =>
    new DomainException(
      'SIGNUP.CANCEL_CUTOFF',
      422,
      '已过自行取消截止时间，请联系负责人 / Past the cancellation cutoff; ask a leader',
      {
        cutoffAt,
      },
    ),
  already: (status: string) =>
    new DomainException('SIGNUP.ALREADY', 409, '已报名该班次 / Already signed up for this shift', { status }),
  notFound: () => new DomainException('SIGNUP.NOT_FOUND', 404, '没有该报名 / No such sign-up'),
  outsideArea: () =>
    new DomainException(
      'SIGNUP.OUTSIDE_AREA',
      403,
      '该班次不在志愿者所属区域 / The shift is outside the volunteer’s area',
    ),
};

export const AttendanceErrors = {
  notConfirmed: () =>
    new DomainException(
      'CHECKIN.NOT_CONFIRMED',
      409,
      '该志愿者没有本班次的确认名额 / The volunteer holds no confirmed place',
    ),
  outsideWindow: (opensAt: string, closesAt: string) =>
    new DomainException('CHECKIN.OUTSIDE_WINDOW', 422, '不在签到时间内 / Outside the check-in window', {
      opensAt,
      closesAt,
    }),
  codeRequired: () => new DomainException('CHECKIN.CODE_INVALID', 422, '请输入签到码 / The check-in code is required'),
  codeInvalid: (attemptsLeft: number) =>
    new DomainException('CHECKIN.CODE_INVALID', 422, '签到码错误 / Wrong check-in code', { attemptsLeft }),
  tooManyCodeAttempts: () =>
    new DomainException(
      'CHECKIN.TOO_MANY_ATTEMPTS',
      429,
      '签到码错误次数过多，请找负责人签到 / Too many wrong codes: ask your leader to check you in',
    ),
  already: (at: string) =>
    new DomainException('CHECKIN.ALREADY', 409, '已签到 / Already checked in', { checkedInAt: at }),
  notCheckedIn: () => new DomainException('CHECKOUT.NOT_CHECKED_IN', 409, '尚未签到 / Not checked in'),
  alreadyOut: (at: string) =>
    new DomainException('CHECKOUT.ALREADY', 409, '已签退 / Already checked out', { checkedOutAt: at }),
};

export const NotificationErrors = {
  notFound: (id: string) =>
    new DomainException('NOTIFICATION.NOT_FOUND', 404, '通知不存在 / Notification not found', { id }),
};

export const CalendarErrors = {
  notFound: () => new DomainException('CALENDAR.NOT_FOUND', 404, '订阅地址无效 / Unknown calendar feed'),
};
