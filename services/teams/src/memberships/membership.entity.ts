import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TeamRole } from '#linli/contracts';

/** One stint of a volunteer in a team; leaving closes it, rejoining opens another. */
@Entity({ name: 'team_memberships' })
export class MembershipEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'team_id' }) teamId: string;
  @Column('uuid', { name: 'volunteer_id' }) volunteerId: string;
  @Column('text') role: TeamRole;
  @Column('timestamptz', { name: 'joined_at' }) joinedAt: Date;
  @Column('timestamptz', { name: 'left_at', nullable: true }) leftAt: Date | null;
  @Column('text', { name: 'added_by', nullable: true }) addedBy: string | null;
  @Column('text', { name: 'removed_by', nullable: true }) removedBy: string | null;
}
