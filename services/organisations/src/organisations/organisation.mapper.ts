import type { OrganisationDetailDto, OrganisationDto, OrganisationEventPayload, TierLevel } from '#linli/contracts';
import type { OrganisationStatusChangeEntity } from './organisation-status-change.entity.js';
import type { OrganisationEntity } from './organisation.entity.js';

export interface OrganisationRow extends OrganisationEntity {
  tierNodeName: string;
  tierLevel: TierLevel;
}

export function toOrganisationDto(row: OrganisationRow): OrganisationDto {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    tierNodeId: row.tierNodeId,
    tierNodeName: row.tierNodeName,
    tierLevel: row.tierLevel,
    foundedOn: row.foundedOn,
    joinedOn: row.joinedOn,
    status: row.status,
    statusSince: row.statusSince,
    leader: row.leader,
    contact: row.contact,
    memberCount: row.memberCount,
    description: row.description,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function toOrganisationDetailDto(
  row: OrganisationRow,
  history: OrganisationStatusChangeEntity[],
): OrganisationDetailDto {
  return {
    ...toOrganisationDto(row),
    statusHistory: history.map((h) => ({
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      reason: h.reason,
      effectiveOn: h.effectiveOn,
      recordedBy: h.recordedBy,
      recordedAt: new Date(h.recordedAt).toISOString(),
    })),
  };
}

export function toEventPayload(org: OrganisationEntity): OrganisationEventPayload {
  return {
    organisationId: org.id,
    name: org.name,
    type: org.type,
    status: org.status,
    tierNodeId: org.tierNodeId,
    tierPath: org.tierPath,
    joinedOn: org.joinedOn,
  };
}
