// Display names for the API's enumerations: Chinese first, English second.

/** `[key, 中文, English]` rows of one enumeration. */
export type LabelTable = readonly (readonly [string, string, string])[];
/** A label of a key: `[中文, English]`. */
export type Label = readonly [string, string];

export const ORGANISATION_TYPES: LabelTable = [
  ['volunteer_team', '志愿服务队', 'Volunteer team'],
  ['elderly_association', '老年协会', 'Elderly association'],
  ['culture_sports', '文体队伍', 'Culture & sports'],
  ['caring_enterprise', '爱心企业', 'Caring enterprise'],
  ['caring_individuals', '爱心人士团体', 'Caring individuals'],
  ['mutual_aid', '特殊群体互助组', 'Mutual aid group'],
  ['other', '其他', 'Other'],
];

export const ORGANISATION_STATUSES: LabelTable = [
  ['incubating', '培育中', 'Incubating'],
  ['active', '活跃', 'Active'],
  ['registered', '已备案', 'Registered'],
  ['dormant', '休眠', 'Dormant'],
  ['dissolved', '已注销', 'Dissolved'],
];

export const TIER_LEVELS: LabelTable = [
  ['station', '社工站', 'Station'],
  ['community', '社区社工服务队', 'Community team'],
  ['village', '村级社工服务点', 'Village point'],
];

export const GROWTH_DIMENSIONS: LabelTable = [
  ['total', '合计', 'Total'],
  ['type', '按类型', 'By type'],
  ['tier', '按层级', 'By tier'],
  ['status', '按状态', 'By status'],
  ['community', '按社区', 'By community'],
];

const lookup = (table: LabelTable): Record<string, { zh: string; en: string } | undefined> =>
  Object.fromEntries(table.map(([key, zh, en]) => [key, { zh, en }]));
const TYPE = lookup(ORGANISATION_TYPES);
const STATUS = lookup(ORGANISATION_STATUSES);
const LEVEL = lookup(TIER_LEVELS);

export const typeLabel = (key: string): string => TYPE[key]?.zh ?? key;
export const statusLabel = (key: string): string => STATUS[key]?.zh ?? key;
export const levelLabel = (key: string): string => LEVEL[key]?.zh ?? key;
export const levelLabelEn = (key: string): string => LEVEL[key]?.en ?? key;

/** Chinese hints for the API's field error codes (the server's own message follows). */
export const FIELD_CODE_HINTS: Record<string, string | undefined> = {
  'FIELD.IS_NOT_EMPTY': '必填',
  'FIELD.IS_STRING': '须为文本',
  'FIELD.IS_IN': '取值无效',
  'FIELD.IS_UUID': '请选择有效的节点',
  'FIELD.MATCHES': '格式不正确',
  'FIELD.MAX_LENGTH': '内容过长',
  'FIELD.IS_INT': '须为整数',
  'FIELD.MIN': '数值过小',
  'FIELD.MAX': '数值过大',
  'FIELD.UNKNOWN': '不支持的字段',
  'FIELD.EQUALS': '须勾选',
  'FIELD.IS_BOOLEAN': '须勾选或取消',
  'FIELD.IS_NOT_EMPTY_OBJECT': '必填',
};

/**
 * Domain error codes that concern one form field, so the message can sit beside it
 * (the full problem is shown at the top of the form as well).
 */
export const CODE_FIELDS: Record<string, string | undefined> = {
  'ORGANISATION.NAME_TAKEN': 'name',
  'ORGANISATION.FOUNDED_IN_FUTURE': 'foundedOn',
  'ORGANISATION.JOINED_IN_FUTURE': 'joinedOn',
  'ORGANISATION.JOINED_BEFORE_FOUNDED': 'joinedOn',
  'ORGANISATION.DATES_CONFLICT_WITH_HISTORY': 'joinedOn',
  'ORGANISATION.STATUS_UNCHANGED': 'status',
  'ORGANISATION.EFFECTIVE_DATE_IN_FUTURE': 'effectiveOn',
  'ORGANISATION.EFFECTIVE_DATE_TOO_EARLY': 'effectiveOn',
  'TIER.NOT_FOUND': 'tierNodeId',
  'TIER.NAME_TAKEN': 'name',
  'TIER.CODE_TAKEN': 'code',
  'AUTH.LOGIN_REQUIRED': 'login',
  'VOLUNTEER.GUARDIAN_REQUIRED': 'guardian.name',
  'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED': 'guardian.consentGiven',
  'VOLUNTEER.RECRUITER_NOT_FOUND': 'recruitedBy',
  'TEAM.NAME_TAKEN': 'name',
  'TEAM.ALREADY_MEMBER': 'volunteerId',
  'TEAM.VOLUNTEER_NOT_ACTIVE': 'volunteerId',
};

export const ROLE_LABELS: Record<string, string | undefined> = {
  platform_admin: '平台管理员',
  station_head: '站长',
  community_lead: '社区社工服务队队长',
  village_lead: '村级社工服务点负责人',
  team_leader: '志愿服务队队长',
  volunteer: '志愿者',
  bureau_officer: '民政局督导',
};

export const SIGNUP_STATUSES: Record<string, Label | undefined> = {
  confirmed: ['已确认', 'Confirmed'],
  waitlisted: ['候补', 'Waitlisted'],
};

export const HOURS_STATUSES: Record<string, Label | undefined> = {
  pending: ['待审核', 'Pending'],
  approved: ['已核准', 'Approved'],
  rejected: ['未通过', 'Rejected'],
  not_counted: ['不计入', 'Not counted'],
  superseded: ['已更正', 'Superseded'],
};

export const HOURS_KINDS: Record<string, Label | undefined> = {
  attendance: ['签到记录', 'Attendance'],
  manual: ['补录', 'Manual'],
  correction: ['更正', 'Correction'],
};

export const RISK_LEVEL_OPTIONS: readonly (readonly [string, string])[] = [
  ['low', '低风险 Low'],
  ['medium', '中风险 Medium'],
  ['high', '有受伤风险（需保险）High'],
];

export const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['MO', '周一 Mon'],
  ['TU', '周二 Tue'],
  ['WE', '周三 Wed'],
  ['TH', '周四 Thu'],
  ['FR', '周五 Fri'],
  ['SA', '周六 Sat'],
  ['SU', '周日 Sun'],
];

export const VOLUNTEER_STATUSES: LabelTable = [
  ['pending', '待确认', 'Pending'],
  ['active', '在册', 'Active'],
  ['suspended', '暂停', 'Suspended'],
  ['left', '已退出', 'Left'],
];

export const AGE_BANDS: LabelTable = [
  ['under18', '未满 18 岁', 'Under 18'],
  ['18-35', '18–35 岁', '18–35'],
  ['36-59', '36–59 岁', '36–59'],
  ['60+', '60 岁及以上', '60+'],
];

export const ID_TYPES: LabelTable = [
  ['resident_id', '居民身份证', 'Resident ID'],
  ['passport', '护照', 'Passport'],
  ['hk_macao_pass', '港澳居民来往内地通行证', 'HK/Macao pass'],
  ['taiwan_pass', '台湾居民来往大陆通行证', 'Taiwan pass'],
  ['foreign_permanent', '外国人永久居留身份证', 'Foreign permanent ID'],
];

export const SEXES: LabelTable = [
  ['male', '男', 'Male'],
  ['female', '女', 'Female'],
];

export const TEAM_ROLES: LabelTable = [
  ['member', '队员', 'Member'],
  ['leader', '队长', 'Leader'],
];

export const TEAM_STATUSES: LabelTable = [
  ['active', '活跃', 'Active'],
  ['dissolved', '已解散', 'Dissolved'],
];

export const VOLUNTEER_SOURCES: Record<string, string | undefined> = {
  leader: '负责人登记',
  self: '自助报名',
  import: '批量导入',
};

const VOLUNTEER_STATUS = lookup(VOLUNTEER_STATUSES);
const SEX = lookup(SEXES);
const ID_TYPE = lookup(ID_TYPES);
const TEAM_ROLE = lookup(TEAM_ROLES);
const TEAM_STATUS = lookup(TEAM_STATUSES);
export const volunteerStatusLabel = (key: string): string => VOLUNTEER_STATUS[key]?.zh ?? key;
export const sexLabel = (key: string): string => SEX[key]?.zh ?? key;
export const idTypeLabel = (key: string): string => ID_TYPE[key]?.zh ?? key;
export const teamRoleLabel = (key: string): string => TEAM_ROLE[key]?.zh ?? key;
export const teamStatusLabel = (key: string): string => TEAM_STATUS[key]?.zh ?? key;
/** `[[value, '中文 English']]` for a select. */
export const optionsOf = (table: LabelTable, blank?: string): [string, string][] => [
  ...(blank ? [['', blank] as [string, string]] : []),
  ...table.map(([key, zh, en]): [string, string] => [key, `${zh} ${en}`]),
];
