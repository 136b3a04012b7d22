import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationStatus, OrganisationType } from '#linli/contracts';

@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'tier_node_id' }) tierNodeId: string;
  /** Copy of the node's path, so subtree filters need no join. */
  @Column('text', { name: 'tier_path' }) tierPath: string;
  @Column('text') name: string;
  @Column('text') type: OrganisationType;
  @Column('text') status: OrganisationStatus;
  @Column('date', { name: 'status_since' }) statusSince: string;
  @Column('date', { name: 'founded_on' }) foundedOn: string;
  /** The day it entered the station's registry: growth counts by this. */
  @Column('date', { name: 'joined_on' }) joinedOn: string;
  @Column('text', { nullable: true }) leader: string | null;
  @Column('text', { nullable: true }) contact: string | null;
  @Column('int', { name: 'member_count', nullable: true }) memberCount: number | null;
  @Column('text', { nullable: true }) description: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
