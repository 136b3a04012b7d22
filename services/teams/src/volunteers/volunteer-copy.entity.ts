import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What this service keeps of a volunteer profile, from the volunteers service's events. */
@Entity({ name: 'volunteers' })
export class VolunteerCopyEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'tier_node_id' }) tierNodeId: string;
  @Column('text', { name: 'tier_path' }) tierPath: string;
  @Column('text') name: string;
  @Column('text') status: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
