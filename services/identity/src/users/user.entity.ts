import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) username: string | null;
  /** argon2id; never leaves this service. */
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash: string | null;
  @Column('text') status: 'active' | 'pending_activation' | 'disabled';
  @Column('uuid', { name: 'volunteer_id', nullable: true }) volunteerId: string | null;
  @Column('text', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'grants' })
export class GrantEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') role: string;
  @Column('uuid', { name: 'tier_node_id', nullable: true }) tierNodeId: string | null;
  @Column('text', { name: 'tier_node_name', nullable: true }) tierNodeName: string | null;
  @Column('text', { name: 'tier_path' }) tierPath: string;
  @Column('text', { name: 'granted_by', nullable: true }) grantedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('text', { name: 'revoked_by', nullable: true }) revokedBy: string | null;
}
