import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TierLevel } from '#linli/contracts';

@Entity({ name: 'tier_nodes' })
export class TierNodeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId: string | null;
  @Column('text') level: TierLevel;
  @Column('text') name: string;
  @Column('text', { nullable: true }) code: string | null;
  /** Materialised path `/root/community/village/`: a subtree is one indexed prefix match. */
  @Column('text') path: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
