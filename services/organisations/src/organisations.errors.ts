import { OrganisationsApi } from '#linli/contracts';
import { declaredErrors } from '#linli/platform';

/** At most this many periods in one growth report. */
export const MAX_GROWTH_PERIODS = 240;

/** Every refusal of the organisations service; codes and statuses are the ones its API declares. */
export const StationErrors = declaredErrors(OrganisationsApi, {
  notFound: () => ({ code: 'STATION.NOT_FOUND', message: '社工站不存在 / Station not found' }),
  timezoneInvalid: (timezone: string) => ({
    code: 'STATION.TIMEZONE_INVALID',
    message: `未知时区 ${timezone} / Unknown time zone`,
    details: { timezone },
  }),
  nameTaken: (name: string) => ({
    code: 'STATION.NAME_TAKEN',
    message: `已有名为“${name}”的社工站 / A station with this name exists`,
    details: { name },
  }),
  platformOnly: () => ({
    code: 'ACCESS.FORBIDDEN',
    message: '仅平台管理员可管理社工站 / Only the platform admin manages stations',
  }),
});

export const TierErrors = declaredErrors(OrganisationsApi, {
  notFound: (id: string) => ({
    code: 'TIER.NOT_FOUND',
    message: '层级节点不存在 / Tier node not found',
    details: { id },
  }),
  parentNotFound: (id: string) => ({
    code: 'TIER.PARENT_NOT_FOUND',
    message: '上级节点不存在 / Parent node not found',
    details: { parentId: id },
  }),
  levelNotAllowed: (parentLevel: string, level: string) => ({
    code: 'TIER.LEVEL_NOT_ALLOWED',
    message: `不能在${parentLevel}下创建${level}节点 / A ${level} cannot be created under a ${parentLevel}`,
    details: { parentLevel, level },
  }),
  nameTaken: (name: string) => ({
    code: 'TIER.NAME_TAKEN',
    message: `同级已有名为“${name}”的节点 / A sibling named ${name} exists`,
    details: { name },
  }),
  codeTaken: (code: string) => ({
    code: 'TIER.CODE_TAKEN',
    message: `编码 ${code} 已被使用 / Code ${code} is in use`,
    details: { code },
  }),
});

export const OrganisationErrors = declaredErrors(OrganisationsApi, {
  notFound: (id: string) => ({
    code: 'ORGANISATION.NOT_FOUND',
    message: '组织不存在 / Organisation not found',
    details: { id },
  }),
  nameTaken: (name: string) => ({
    code: 'ORGANISATION.NAME_TAKEN',
    message: `本站已有名为“${name}”的组织 / An organisation named ${name} exists`,
    details: { name },
  }),
  dateInvalid: (field: string, value: string) => ({
    code: 'ORGANISATION.DATE_INVALID',
    message: `${field} 不是有效日期 / ${field} is not a real date`,
    details: { field, value },
  }),
  foundedInFuture: (foundedOn: string, today: string) => ({
    code: 'ORGANISATION.FOUNDED_IN_FUTURE',
    message: '成立日期不能晚于今天 / The founding date cannot be in the future',
    details: { foundedOn, today },
  }),
  joinedInFuture: (joinedOn: string, today: string) => ({
    code: 'ORGANISATION.JOINED_IN_FUTURE',
    message: '纳入名录日期不能晚于今天 / The registry date cannot be in the future',
    details: { joinedOn, today },
  }),
  joinedBeforeFounded: (foundedOn: string, joinedOn: string) => ({
    code: 'ORGANISATION.JOINED_BEFORE_FOUNDED',
    message: '纳入名录日期不能早于成立日期 / The registry date cannot precede the founding date',
    details: { foundedOn, joinedOn },
  }),
  statusUnchanged: (status: string) => ({
    code: 'ORGANISATION.STATUS_UNCHANGED',
    message: `组织已是该状态 / The organisation is already ${status}`,
    details: { status },
  }),
  dissolved: () => ({
    code: 'ORGANISATION.DISSOLVED',
    message: '组织已注销，不能再变更 / A dissolved organisation cannot be changed',
  }),
  effectiveInFuture: (effectiveOn: string, today: string) => ({
    code: 'ORGANISATION.EFFECTIVE_DATE_IN_FUTURE',
    message: '生效日期不能晚于今天 / The effective date cannot be in the future',
    details: { effectiveOn, today },
  }),
  effectiveTooEarly: (effectiveOn: string, earliest: string) => ({
    code: 'ORGANISATION.EFFECTIVE_DATE_TOO_EARLY',
    message: `生效日期不能早于 ${earliest} / The effective date cannot precede ${earliest}`,
    details: { effectiveOn, earliest },
  }),
  historyConflict: () => ({
    code: 'ORGANISATION.DATES_CONFLICT_WITH_HISTORY',
    message: '纳入名录日期不能晚于已有的状态变更 / The registry date cannot be after a recorded status change',
  }),
});

export const GrowthErrors = declaredErrors(OrganisationsApi, {
  rangeInvalid: (from: string, to: string) => ({
    code: 'GROWTH.RANGE_INVALID',
    message: '起始时间不能晚于结束时间 / from must not be after to',
    details: { from, to },
  }),
  rangeTooLong: (periods: number) => ({
    code: 'GROWTH.RANGE_TOO_LONG',
    message: `时间范围过长（最多 ${MAX_GROWTH_PERIODS} 期）/ At most ${MAX_GROWTH_PERIODS} periods`,
    details: { periods },
  }),
});

/** At most this many days in one coverage report (ten years). */
export const MAX_COVERAGE_DAYS = 3660;

export const CoverageErrors = declaredErrors(OrganisationsApi, {
  rangeInvalid: (from: string, to: string) => ({
    code: 'COVERAGE.RANGE_INVALID',
    message: '起始日期不能晚于截止日期 / from must not be after to',
    details: { from, to },
  }),
  monthWithRange: (month: string) => ({
    code: 'COVERAGE.RANGE_INVALID',
    message: 'month 与 from/to 只能选一种 / Give a month or from and to, not both',
    details: { month },
  }),
  rangeTooLong: (days: number) => ({
    code: 'COVERAGE.RANGE_TOO_LONG',
    message: `时间范围过长（最多 ${MAX_COVERAGE_DAYS} 天）/ At most ${MAX_COVERAGE_DAYS} days`,
    details: { days },
  }),
});

export const BureauReportErrors = declaredErrors(OrganisationsApi, {
  periodInvalid: (why: string) => ({
    code: 'BUREAU_REPORT.PERIOD_INVALID',
    message: `${why}`,
  }),
});
