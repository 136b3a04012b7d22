import { DomainException } from '#linli/platform';

export const OrganisationErrors = {
  notFound: (id: string) =>
    new DomainException('ORGANISATION.NOT_FOUND', 404, '组织不存在 / Organisation not found', { id }),
  tierNodeNotFound: (id: string) =>
    new DomainException('TIER.NOT_FOUND', 404, '层级节点不存在 / Tier node not found', { id }),
  nameTaken: (name: string) =>
    new DomainException(
      'ORGANISATION.NAME_TAKEN',
      409,
      `本站已有名为“${name}”的组织 / An organisation named ${name} exists`,
      {
        name,
      },
    ),
  dateInvalid: (field: string, value: string) =>
    new DomainException('ORGANISATION.DATE_INVALID', 400, `${field} 不是有效日期 / ${field} is not a real date`, {
      field,
      value,
    }),
  foundedInFuture: (foundedOn: string, today: string) =>
    new DomainException(
      'ORGANISATION.FOUNDED_IN_FUTURE',
      422,
      '成立日期不能晚于今天 / The founding date cannot be in the future',
      { foundedOn, today },
    ),
  joinedInFuture: (joinedOn: string, today: string) =>
    new DomainException(
      'ORGANISATION.JOINED_IN_FUTURE',
      422,
      '纳入名录日期不能晚于今天 / The registry date cannot be in the future',
      { joinedOn, today },
    ),
  joinedBeforeFounded: (foundedOn: string, joinedOn: string) =>
    new DomainException(
      'ORGANISATION.JOINED_BEFORE_FOUNDED',
      422,
      '纳入名录日期不能早于成立日期 / The registry date cannot precede the founding date',
      { foundedOn, joinedOn },
    ),
  statusUnchanged: (status: string) =>
    new DomainException(
      'ORGANISATION.STATUS_UNCHANGED',
      409,
      `组织已是该状态 / The organisation is already ${status}`,
      {
        status,
      },
    ),
  dissolved: () =>
    new DomainException(
      'ORGANISATION.DISSOLVED',
      409,
      '组织已注销，不能再变更 / A dissolved organisation cannot be changed',
    ),
  effectiveInFuture: (effectiveOn: string, today: string) =>
    new DomainException(
      'ORGANISATION.EFFECTIVE_DATE_IN_FUTURE',
      422,
      '生效日期不能晚于今天 / The effective date cannot be in the future',
      { effectiveOn, today },
    ),
  effectiveTooEarly: (effectiveOn: string, earliest: string) =>
    new DomainException(
      'ORGANISATION.EFFECTIVE_DATE_TOO_EARLY',
      422,
      `生效日期不能早于 ${earliest} / The effective date cannot precede ${earliest}`,
      { effectiveOn, earliest },
    ),
  historyConflict: () =>
    new DomainException(
      'ORGANISATION.DATES_CONFLICT_WITH_HISTORY',
      422,
      '纳入名录日期不能晚于已有的状态变更 / The registry date cannot be after a recorded status change',
    ),
};
