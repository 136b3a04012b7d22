import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganisationStatus } from '#linli/contracts';

/** One row per status change, the first at the registry date; appended, never rewritten. */
@Entity({ name: 'organisation_status_changes' })
export class OrganisationStatusChangeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus: OrganisationStatus | null;
  @Column('text', { name: 'to_status' }) toStatus: OrganisationStatus;
  @Column('text') reason: string;
  @Column('date', { name: 'effective_on' }) effectiveOn: string;
  @Column('uuid', { name: 'recorded_by', nullable: true }) recordedBy: string | null;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'clock_timestamp()' }) recordedAt: Date;
}
