import { ActivitiesApi } from '#linli/contracts';
import { declaredErrors } from '#linli/platform';

export { AccessErrors } from '#linli/platform';

/**
 * Every refusal of the activities service, built from its declaration (ActivitiesApi): a code
 * it does not declare fails the type check, and each status is the declared one.
 */
export const ActivitiesErrors = declaredErrors(ActivitiesApi, {
  notYourself: () => ({
    code: 'ACCESS.NOT_YOURSELF',
    message: '志愿者只能为自己操作 / A volunteer may act only for themself',
  }),
  noVolunteerProfile: () => ({
    code: 'ACCESS.NO_VOLUNTEER_PROFILE',
    message: '当前账号未关联志愿者档案 / This account has no volunteer profile',
  }),
  tierNodeNotFound: (id: string) => ({
    code: 'TIER.NOT_FOUND',
    message: '层级节点不存在 / Tier node not found',
    details: { id },
  }),
  projectNotFound: (id: string) => ({
    code: 'PROJECT.NOT_FOUND',
    message: '项目不存在 / Project not found',
    details: { id },
  }),
  projectNameTaken: (name: string) => ({
    code: 'PROJECT.NAME_TAKEN',
    message: `已有名为“${name}”的项目 / A project named ${name} exists`,
    details: { name },
  }),
  activityNotFound: (id: string) => ({
    code: 'ACTIVITY.NOT_FOUND',
    message: '活动不存在 / Activity not found',
    details: { id },
  }),
  timesInvalid: (startsAt: string, endsAt: string) => ({
    code: 'TIME.RANGE_INVALID',
    message: '结束时间须晚于开始时间 / The end must be after the start',
    details: { startsAt, endsAt },
  }),
  shiftNotFound: (id: string) => ({
    code: 'SHIFT.NOT_FOUND',
    message: '班次不存在 / Shift not found',
    details: { id },
  }),
  shiftTooLong: () => ({
    code: 'SHIFT.TOO_LONG',
    message: '单个班次不能超过 24 小时 / A shift lasts at most 24 hours',
  }),
  recurrence: (
    code: 'SHIFT.RECURRENCE_INVALID' | 'SHIFT.RECURRENCE_UNBOUNDED' | 'SHIFT.RECURRENCE_TOO_LONG',
    message: string,
  ) => ({ code, message }),
  capacityBelowConfirmed: (capacity: number, confirmed: number) => ({
    code: 'SHIFT.CAPACITY_BELOW_CONFIRMED',
    message: `已有 ${confirmed} 人确认，名额不能少于此数 / ${confirmed} places are confirmed; capacity cannot go below that`,
    details: { capacity, confirmed },
  }),
  shiftStarted: () => ({
    code: 'SHIFT.STARTED',
    message: '班次已开始，不能修改时间 / The shift has started; its times cannot change',
  }),
  volunteerNotFound: (id: string) => ({
    code: 'VOLUNTEER.NOT_FOUND',
    message: '志愿者不存在 / Volunteer not found',
    details: { id },
  }),
  volunteerNotActive: (status: string) => ({
    code: 'VOLUNTEER.NOT_ACTIVE',
    message: '志愿者未在册或已停用 / The volunteer is not active',
    details: { status },
  }),
  signupNotOpen: (opensAt: string) => ({
    code: 'SIGNUP.NOT_OPEN',
    message: '报名尚未开放 / Sign-up has not opened yet',
    details: { opensAt },
  }),
  signupClosed: () => ({ code: 'SIGNUP.CLOSED', message: '班次已开始或已结束 / The shift has started or is over' }),
  signupClash: (details?: Record<string, unknown>) => ({
    code: 'SIGNUP.CLASH',
    message: '与已确认的其他班次时间冲突 / Clashes with another confirmed shift',
    details,
  }),
  tooYoung: (minAge: number, age: number | null) => ({
    code: 'SIGNUP.TOO_YOUNG',
    message: `本活动要求年满 ${minAge} 岁 / This activity needs age ${minAge} or over`,
    details: { minAge, age },
  }),
  skillsMissing: (missing: string[]) => ({
    code: 'SIGNUP.SKILLS_MISSING',
    message: '缺少本班次要求的技能 / Skills required by the shift are missing',
    details: { missing },
  }),
  guardianConsentRequired: () => ({
    code: 'SIGNUP.GUARDIAN_CONSENT_REQUIRED',
    message: '未成年志愿者须有监护人同意书 / A minor needs guardian consent on file',
  }),
  insuranceRequired: (date: string, insuredUntil: string | null) => ({
    code: 'SIGNUP.INSURANCE_REQUIRED',
    message:
      '有受伤风险的活动须有覆盖当日的意外保险 / An injury-risk activity needs accident insurance covering the day',
    details: { date, insuredUntil },
  }),
  cancelCutoff: (cutoffAt: string) => ({
    code: 'SIGNUP.CANCEL_CUTOFF',
    message: '已过自行取消截止时间，请联系负责人 / Past the cancellation cutoff; ask a leader',
    details: { cutoffAt },
  }),
  alreadySignedUp: (status: string) => ({
    code: 'SIGNUP.ALREADY',
    message: '已报名该班次 / Already signed up for this shift',
    details: { status },
  }),
  signupNotFound: () => ({ code: 'SIGNUP.NOT_FOUND', message: '没有该报名 / No such sign-up' }),
  outsideArea: () => ({
    code: 'SIGNUP.OUTSIDE_AREA',
    message: '该班次不在志愿者所属区域 / The shift is outside the volunteer’s area',
  }),
  notConfirmed: () => ({
    code: 'CHECKIN.NOT_CONFIRMED',
    message: '该志愿者没有本班次的确认名额 / The volunteer holds no confirmed place',
  }),
  outsideWindow: (opensAt: string, closesAt: string) => ({
    code: 'CHECKIN.OUTSIDE_WINDOW',
    message: '不在签到时间内 / Outside the check-in window',
    details: { opensAt, closesAt },
  }),
  codeRequired: () => ({ code: 'CHECKIN.CODE_INVALID', message: '请输入签到码 / The check-in code is required' }),
  codeInvalid: (attemptsLeft: number) => ({
    code: 'CHECKIN.CODE_INVALID',
    message: '签到码错误 / Wrong check-in code',
    details: { attemptsLeft },
  }),
  tooManyCodeAttempts: () => ({
    code: 'CHECKIN.TOO_MANY_ATTEMPTS',
    message: '签到码错误次数过多，请找负责人签到 / Too many wrong codes: ask your leader to check you in',
  }),
  alreadyCheckedIn: (at: string) => ({
    code: 'CHECKIN.ALREADY',
    message: '已签到 / Already checked in',
    details: { checkedInAt: at },
  }),
  notCheckedIn: () => ({ code: 'CHECKOUT.NOT_CHECKED_IN', message: '尚未签到 / Not checked in' }),
  alreadyCheckedOut: (at: string) => ({
    code: 'CHECKOUT.ALREADY',
    message: '已签退 / Already checked out',
    details: { checkedOutAt: at },
  }),
  notificationNotFound: (id: string) => ({
    code: 'NOTIFICATION.NOT_FOUND',
    message: '通知不存在 / Notification not found',
    details: { id },
  }),
  calendarNotFound: () => ({ code: 'CALENDAR.NOT_FOUND', message: '订阅地址无效 / Unknown calendar feed' }),
});
