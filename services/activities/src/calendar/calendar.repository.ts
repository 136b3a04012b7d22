import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** All SQL on `calendar_feeds`: the SHA-256 of each volunteer's feed token. */
@Injectable()
export class CalendarRepository {
  async upsert(manager: EntityManager, tenantId: string, volunteerId: string, tokenHash: string): Promise<void> {
    await manager.query(
      `INSERT INTO calendar_feeds (tenant_id, volunteer_id, token_hash) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, volunteer_id) DO UPDATE SET token_hash = EXCLUDED.token_hash`,
      [tenantId, volunteerId, tokenHash],
    );
  }

  async byHash(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<{ tenantId: string; volunteerId: string; name: string } | undefined> {
    const [row] = await manager.query(
      `SELECT f.tenant_id AS "tenantId", f.volunteer_id AS "volunteerId", v.name FROM calendar_feeds f
         JOIN volunteers v ON v.id = f.volunteer_id WHERE f.token_hash = $1`,
      [tokenHash],
    );
    return row;
  }
}
