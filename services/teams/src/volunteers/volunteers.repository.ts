import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VolunteerCopyEntity } from './volunteer-copy.entity.js';

/** Reads of the local volunteer copy (written only by the volunteer-copy consumer, through `EventCopy`). */
@Injectable()
export class VolunteersRepository {
  async find(manager: EntityManager, tenantId: string, id: string): Promise<VolunteerCopyEntity | null> {
    return manager.findOne(VolunteerCopyEntity, { where: { id, tenantId } });
  }

  /**
   * Share-locks the volunteer's copy row: taken before the team's row, the order a volunteer's
   * departure locks them in, so a departure being applied finishes first.
   */
  async lockForShare(manager: EntityManager, tenantId: string, id: string): Promise<void> {
    await manager.query('SELECT 1 FROM volunteers WHERE id = $1 AND tenant_id = $2 FOR SHARE', [id, tenantId]);
  }
}
