import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TeamStatus } from '#linli/contracts';

@Entity({ name: 'teams' })
export class TeamEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'tier_node_id' }) tierNodeId: string;
  /** Copy of the node's path (asked of the organisations service), so subtree filters need no call. */
  @Column('text', { name: 'tier_path' }) tierPath: string;
  @Column('text') name: string;
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId: string | null;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text') status: TeamStatus;
  @Column('text', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('timestamptz', { name: 'dissolved_at', nullable: true }) dissolvedAt: Date | null;
}
