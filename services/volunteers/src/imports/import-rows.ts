import type { DataSource, EntityManager } from 'typeorm';
import { CONSENT_VERSION, VolunteersApi, type ImportBatchResult, type ImportRejection } from '#linli/contracts';
import { logContext } from '#linli/platform';
import { VolunteerErrors } from '../volunteers.errors.js';
import { toEventPayload } from '../volunteers/volunteers.mapper.js';
import { ImportsRepository, type BatchEvent } from './imports.repository.js';
import {
  checkRows,
  merged,
  planBatch,
  rejection,
  sortRejections,
  type Candidate,
  type Existing,
  type ImportRowInput,
  type RowChecks,
} from './imports.rules.js';

export type { ImportRowInput } from './imports.rules.js';

/** Who imports, where, and whether anything is written. */
export interface ImportRowContext extends RowChecks {
  tenantId: string;
  actor: string;
  dryRun: boolean;
}

/**
 * Imports one batch of rows. Each row is checked on its own (a bad row is rejected with its
 * code, never the batch); rows are matched to existing volunteers by the ID number's keyed
 * hash, so a second run of the same file creates nothing. Writes use one multi-row statement
 * per table inside one transaction; if that transaction fails (e.g. a concurrent registration
 * took a phone), the batch is redone one row per transaction, so every row is still atomic.
 */
export async function processImportRows(
  ds: DataSource,
  repository: ImportsRepository,
  ctx: ImportRowContext,
  rows: ImportRowInput[],
): Promise<ImportBatchResult> {
  const { candidates, rejected } = checkRows(rows, ctx);
  const existing = candidates.length
    ? await repository.matching(
        ds.manager,
        ctx.tenantId,
        candidates.map((c) => c.idHash),
        candidates.map((c) => c.phone),
      )
    : [];
  const plan = planBatch(candidates, existing, ctx);
  rejected.push(...plan.rejected);
  const { creates, updates, unchanged } = plan;
  if (ctx.dryRun || (creates.length === 0 && updates.length === 0)) {
    return { created: creates.length, updated: updates.length, unchanged, rejected: sortRejections(rejected) };
  }
  const write = (c: Candidate[], u: { c: Candidate; e: Existing }[]) =>
    ds.transaction((manager) => writeBatch(manager, repository, ctx, c, u));
  try {
    const inserted = await write(creates, updates);
    const lost = creates.filter((c) => !inserted.has(c.id));
    for (const c of lost) rejected.push(rejection(c.row, VolunteerErrors.duplicate('idNumber')));
    return {
      created: creates.length - lost.length,
      updated: updates.length,
      unchanged,
      rejected: sortRejections(rejected),
    };
  } catch {
    // Row by row: each in its own transaction, so one clash rejects that row alone.
    let created = 0;
    let updated = 0;
    const refuse = (row: number, field: 'idNumber' | 'phone'): ImportRejection =>
      rejection(row, VolunteerErrors.duplicate(field));
    for (const c of creates) {
      try {
        const inserted = await write([c], []);
        if (inserted.has(c.id)) created++;
        else rejected.push(refuse(c.row, 'idNumber'));
      } catch {
        rejected.push(refuse(c.row, 'phone'));
      }
    }
    for (const u of updates) {
      try {
        await write([], [u]);
        updated++;
      } catch {
        rejected.push(refuse(u.c.row, 'phone'));
      }
    }
    return { created, updated, unchanged, rejected: sortRejections(rejected) };
  }
}

/** The writes of one batch and their events; answers the ids actually inserted. */
async function writeBatch(
  manager: EntityManager,
  repository: ImportsRepository,
  ctx: ImportRowContext,
  creates: Candidate[],
  updates: { c: Candidate; e: Existing }[],
): Promise<Set<string>> {
  const events: BatchEvent[] = [];
  let inserted = new Set<string>();
  if (creates.length > 0) {
    inserted = await repository.insertVolunteers(
      manager,
      ctx.tenantId,
      ctx.actor,
      CONSENT_VERSION,
      creates.map((c) => ({
        id: c.id,
        tierNodeId: c.tier.id,
        tierPath: c.tier.path,
        name: c.name,
        sex: c.sex,
        birthDate: c.birthDate,
        idNumberEnc: ctx.cipher.encrypt(c.idNumber),
        idNumberHash: c.idHash,
        phone: c.phone,
        skills: c.skills,
        recruitedBy: c.recruitedBy,
        teamName: c.team,
        insuredUntil: c.insuredUntil,
        guardianName: c.guardian?.name ?? null,
        guardianPhoneEnc: c.guardian ? ctx.cipher.encrypt(c.guardian.phone) : null,
        guardianRelation: c.guardian?.relation ?? null,
      })),
    );
    for (const c of creates) {
      if (!inserted.has(c.id)) continue;
      events.push({
        event: VolunteersApi.events.registered,
        payload: toEventPayload(
          {
            id: c.id,
            tierNodeId: c.tier.id,
            tierPath: c.tier.path,
            name: c.name,
            sex: c.sex,
            birthDate: c.birthDate,
            skills: c.skills ?? [],
            status: 'active',
            guardianConsent: c.guardian !== null,
            insuredUntil: c.insuredUntil,
            recruitedBy: c.recruitedBy,
          },
          ctx.today,
        ),
      });
    }
  }
  if (updates.length > 0) {
    const next = updates.map(({ c, e }) => ({ c, m: merged(e, c) }));
    await repository.updateVolunteers(
      manager,
      ctx.tenantId,
      next.map(({ c, m }) => ({
        id: m.id,
        tierNodeId: m.tierNodeId,
        tierPath: m.tierPath,
        name: m.name,
        phone: m.phone,
        skills: m.skills,
        teamName: m.teamName,
        insuredUntil: m.insuredUntil,
        recruitedBy: m.recruitedBy,
        guardianName: c.guardian?.name ?? null,
        guardianPhoneEnc: c.guardian ? ctx.cipher.encrypt(c.guardian.phone) : null,
        guardianRelation: c.guardian?.relation ?? null,
      })),
    );
    for (const { m } of next) {
      events.push({ event: VolunteersApi.events.updated, payload: toEventPayload(m, ctx.today) });
    }
  }
  await repository.addEvents(manager, ctx.tenantId, logContext.getStore()?.requestId ?? null, events);
  return inserted;
}
