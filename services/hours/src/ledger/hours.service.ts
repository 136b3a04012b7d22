import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  OrganisationsSubjects,
  type BulkApproveResult,
  type CreateHoursEntryDto,
  type HoursEntryDto,
  type HoursEntryPage,
  type HoursQueueQuery,
  type RequestCorrectionDto,
  type TierNodeDto,
  type VolunteerHoursDto,
} from '#linli/contracts';
import { DomainException, idempotent, OutboxRelay, ServiceClient, type CallerContext } from '#linli/platform';
import { assertCanActOn, assertCanReadVolunteer, likePatterns, requireScope } from '../access/access.js';
import { loadSettings, todayIn } from '../settings/station-settings.js';
import { extensionAllowed, toHours } from './attendance-minutes.js';
import { ENTRY_SELECT, toEntryDto, type EntryRow } from './entry.mapper.js';
import { HoursErrors } from './hours.exception.js';
import { approvedMinutes, refreshStarLevel } from './star-levels.js';
import { nextStar, starLevel } from './stars.js';

interface LockedEntry {
  id: string;
  tenant_id: string;
  volunteer_id: string;
  kind: string;
  tier_path: string;
  minutes: number;
  actual_minutes: number | null;
  correction_of: string | null;
}

@Injectable()
export class HoursService {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly services: ServiceClient,
  ) {}

  /** Where a volunteer sits: the local copy of the volunteers service, else their latest entry. */
  async volunteerPath(
    manager: EntityManager | DataSource,
    tenantId: string,
    volunteerId: string,
  ): Promise<{ tierNodeId: string; tierPath: string; name: string | null } | null> {
    const [row] = await manager.query(
      `SELECT tier_node_id AS "tierNodeId", tier_path AS "tierPath", name FROM volunteers WHERE tenant_id = $1 AND id = $2
       UNION ALL
       (SELECT tier_node_id, tier_path, NULL FROM entries WHERE tenant_id = $1 AND volunteer_id = $2 ORDER BY recorded_at DESC LIMIT 1)
       LIMIT 1`,
      [tenantId, volunteerId],
    );
    return row ?? null;
  }

  async volunteerHours(
    caller: CallerContext,
    volunteerId: string,
    period: { from?: string; to?: string },
  ): Promise<VolunteerHoursDto> {
    if (period.from && period.to && period.from > period.to) throw HoursErrors.rangeInvalid(period.from, period.to);
    const where = await this.volunteerOrEmpty(caller, volunteerId);
    const params: unknown[] = [caller.tenantId, volunteerId];
    const clauses = ['s.tenant_id = $1', 's.volunteer_id = $2'];
    if (period.from) {
      params.push(period.from);
      clauses.push(`s.service_date >= $${params.length}`);
    }
    if (period.to) {
      params.push(period.to);
      clauses.push(`s.service_date <= $${params.length}`);
    }
    const rows: EntryRow[] = where
      ? await this.ds.query(
          `${ENTRY_SELECT} WHERE ${clauses.join(' AND ')} ORDER BY s.service_date DESC, s.recorded_at DESC`,
          params,
        )
      : [];
    const settings = await loadSettings(this.ds, caller.tenantId);
    const total = period.from || period.to ? await approvedMinutes(this.ds, caller.tenantId, volunteerId) : null;
    const approved = rows.reduce((sum, r) => sum + r.counted_minutes, 0);
    const pending = rows.reduce(
      (sum, r) => sum + (r.status === 'pending' && r.kind !== 'correction' ? r.minutes : 0),
      0,
    );
    const allTime = total ?? approved;
    return {
      volunteerId,
      volunteerName: where?.name ?? rows.find((r) => r.volunteer_name)?.volunteer_name ?? null,
      approvedMinutes: approved,
      pendingMinutes: pending,
      hours: toHours(approved),
      pendingHours: toHours(pending),
      starLevel: starLevel(allTime, settings.starThresholdsHours),
      nextStar: nextStar(allTime, settings.starThresholdsHours),
      totalApprovedMinutes: allTime,
      entries: rows.map(toEntryDto),
    };
  }

  /** The volunteer's place, after checking the caller may see them; null for a volunteer with nothing recorded yet (own view). */
  private async volunteerOrEmpty(caller: CallerContext, volunteerId: string) {
    const place = await this.volunteerPath(this.ds, caller.tenantId, volunteerId);
    if (!place) {
      // Nothing recorded for this id in the caller's station: an empty record for oneself, else not found.
      if (caller.volunteerId === volunteerId) return null;
      throw HoursErrors.volunteerNotFound(volunteerId);
    }
    assertCanReadVolunteer(caller, volunteerId, place.tierPath);
    return place;
  }

  async create(caller: CallerContext, dto: CreateHoursEntryDto): Promise<HoursEntryDto> {
    return idempotent(this.ds, caller, 'hours.entry.create', dto, async () => {
      requireScope(caller, 'decide');
      const settings = await loadSettings(this.ds, caller.tenantId);
      if (dto.date > todayIn(settings.timezone)) throw HoursErrors.dateInFuture(dto.date);
      let place: { tierNodeId: string; tierPath: string } | null = null;
      if (dto.tierNodeId) place = await this.tierNode(caller, dto.tierNodeId);
      else place = await this.volunteerPath(this.ds, caller.tenantId, dto.volunteerId);
      if (!place) throw HoursErrors.volunteerNotFound(dto.volunteerId);
      assertCanActOn(caller, place.tierPath, 'decide');
      const id = randomUUID();
      await this.ds.query(
        `INSERT INTO entries (id, tenant_id, volunteer_id, kind, service_date, minutes, activity_id, activity_title, shift_id,
           tier_node_id, tier_path, content, place, recipients, recorded_by)
         VALUES ($1, $2, $3, 'manual', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          id,
          caller.tenantId,
          dto.volunteerId,
          dto.date,
          dto.minutes,
          dto.activityId ?? null,
          dto.activityTitle ?? null,
          dto.shiftId ?? null,
          place.tierNodeId,
          place.tierPath,
          dto.content.trim(),
          dto.place.trim(),
          dto.recipients.trim(),
          caller.system ? null : caller.userId,
        ],
      );
      return this.entry(caller, id);
    });
  }

  /** A tier node's path, from the organisations service (which also checks the caller may see it). */
  private async tierNode(caller: CallerContext, id: string): Promise<{ tierNodeId: string; tierPath: string }> {
    const node = await this.services.send<TierNodeDto>(OrganisationsSubjects.tierGet, { id }, caller, 3000);
    return { tierNodeId: node.id, tierPath: `/${[...node.ancestors, node.id].join('/')}/` };
  }

  async entry(caller: CallerContext, id: string): Promise<HoursEntryDto> {
    const [row]: EntryRow[] = await this.ds.query(`${ENTRY_SELECT} WHERE s.tenant_id = $1 AND s.id = $2`, [
      caller.tenantId,
      id,
    ]);
    if (!row) throw HoursErrors.entryNotFound(id);
    assertCanReadVolunteer(caller, row.volunteer_id, row.tier_path);
    return toEntryDto(row);
  }

  private async lockEntry(manager: EntityManager, tenantId: string, id: string): Promise<LockedEntry | undefined> {
    const [row] = await manager.query(
      `SELECT id, tenant_id, volunteer_id, kind, tier_path, minutes, actual_minutes, correction_of FROM entries
        WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tenantId, id],
    );
    return row;
  }

  private async stateOf(manager: EntityManager, id: string): Promise<{ status: string; superseded_by: string | null }> {
    const [row] = await manager.query('SELECT status, superseded_by FROM entry_states WHERE id = $1', [id]);
    return row;
  }

  /**
   * Writes a decision on a pending entry (never touching the entry itself) and refreshes the star
   * level when approved minutes moved. The entry row is locked first, so a decision and a
   * correction on the same entry are serialised.
   */
  private async decide(
    manager: EntityManager,
    caller: CallerContext,
    id: string,
    decision: 'approved' | 'rejected',
    opts: { minutes?: number; reason?: string; correction: boolean },
  ): Promise<LockedEntry> {
    const entry = await this.lockEntry(manager, caller.tenantId, id);
    if (!entry || (opts.correction && entry.kind !== 'correction')) {
      if (entry) assertCanActOn(caller, entry.tier_path, 'decide');
      throw opts.correction ? HoursErrors.notCorrection(id) : HoursErrors.entryNotFound(id);
    }
    assertCanActOn(caller, entry.tier_path, 'decide');
    if (!opts.correction && entry.kind === 'correction') throw HoursErrors.isCorrection(id);
    if (entry.correction_of) await this.lockEntry(manager, caller.tenantId, entry.correction_of);
    const state = await this.stateOf(manager, id);
    if (state.superseded_by) throw HoursErrors.superseded(id, state.superseded_by);
    if (state.status === 'approved' || state.status === 'rejected') throw HoursErrors.alreadyDecided(id, state.status);
    if (state.status !== 'pending' && !(decision === 'rejected' && state.status === 'not_counted')) {
      throw HoursErrors.notPending(id, state.status);
    }
    if (entry.correction_of && decision === 'approved') {
      const target = await this.stateOf(manager, entry.correction_of);
      if (target.superseded_by) throw HoursErrors.superseded(entry.correction_of, target.superseded_by);
    }
    let minutes: number | null = null;
    if (opts.minutes !== undefined && opts.minutes !== entry.minutes) {
      if (!extensionAllowed(entry.minutes, entry.actual_minutes, opts.minutes)) {
        throw HoursErrors.extensionInvalid(opts.minutes, entry.minutes, entry.actual_minutes);
      }
      minutes = opts.minutes;
    }
    await manager.query(
      `INSERT INTO entry_decisions (entry_id, tenant_id, decision, minutes, reason, decided_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, caller.tenantId, decision, minutes, opts.reason?.trim() ?? null, caller.system ? null : caller.userId],
    );
    if (decision === 'approved') await refreshStarLevel(manager, caller.tenantId, entry.volunteer_id, entry.tier_path);
    return entry;
  }

  private async write<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await this.ds.transaction(fn);
    } catch (error) {
      const pg = error as { driverError?: { code?: string; constraint?: string }; parameters?: unknown[] };
      if (pg.driverError?.code === '23505' && pg.driverError.constraint === 'entry_decisions_pkey') {
        throw HoursErrors.alreadyDecided(String(pg.parameters?.[0] ?? ''), 'decided');
      }
      throw error;
    }
    this.relay.kick();
    return result;
  }

  async approve(caller: CallerContext, id: string, minutes?: number): Promise<HoursEntryDto> {
    await this.write((m) => this.decide(m, caller, id, 'approved', { minutes, correction: false }));
    return this.entry(caller, id);
  }

  async reject(caller: CallerContext, id: string, reason: string): Promise<HoursEntryDto> {
    await this.write((m) => this.decide(m, caller, id, 'rejected', { reason, correction: false }));
    return this.entry(caller, id);
  }

  async acceptCorrection(caller: CallerContext, id: string, reason?: string): Promise<HoursEntryDto> {
    await this.write((m) => this.decide(m, caller, id, 'approved', { reason, correction: true }));
    return this.entry(caller, id);
  }

  async refuseCorrection(caller: CallerContext, id: string, reason?: string): Promise<HoursEntryDto> {
    await this.write((m) =>
      this.decide(m, caller, id, 'rejected', {
        reason: reason?.trim() || '更正未获同意 / Correction refused',
        correction: true,
      }),
    );
    return this.entry(caller, id);
  }

  /** Approves each id on its own (one transaction each), reporting what happened to every one. */
  async approveMany(caller: CallerContext, ids: string[]): Promise<BulkApproveResult> {
    requireScope(caller, 'decide');
    const results: BulkApproveResult['results'] = [];
    for (const id of [...new Set(ids)]) {
      try {
        await this.write((m) => this.decide(m, caller, id, 'approved', { correction: false }));
        results.push({ id, outcome: 'approved' });
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        const outcome =
          error.code === 'HOURS.ENTRY_NOT_FOUND'
            ? 'not_found'
            : error.status === 403
              ? 'forbidden'
              : error.code === 'HOURS.ALREADY_DECIDED'
                ? 'already_decided'
                : 'not_pending';
        results.push({ id, outcome, code: error.code });
      }
    }
    return { approved: results.filter((r) => r.outcome === 'approved').length, results };
  }

  async list(caller: CallerContext, query: HoursQueueQuery): Promise<HoursEntryPage> {
    const paths = requireScope(caller, 'read');
    const params: unknown[] = [caller.tenantId, likePatterns(paths), query.status ?? 'pending'];
    const where = ['s.tenant_id = $1', 's.tier_path LIKE ANY($2)', 's.status = $3'];
    if (query.tierNodeId) {
      const node = await this.tierNode(caller, query.tierNodeId);
      assertCanActOn(caller, node.tierPath, 'read');
      params.push(`${node.tierPath}%`);
      where.push(`s.tier_path LIKE $${params.length}`);
    }
    if (query.teamId) {
      params.push(query.teamId);
      where.push(`s.team_id = $${params.length}`);
    }
    if (query.volunteerId) {
      params.push(query.volunteerId);
      where.push(`s.volunteer_id = $${params.length}`);
    }
    if (query.kind) {
      params.push(query.kind);
      where.push(`s.kind = $${params.length}`);
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [{ total }] = await this.ds.query(
      `SELECT count(*)::int AS total FROM entry_states s WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: EntryRow[] = await this.ds.query(
      `${ENTRY_SELECT} WHERE ${where.join(' AND ')} ORDER BY s.service_date, s.recorded_at, s.id
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toEntryDto), total, page, pageSize };
  }

  /**
   * A volunteer (or a leader for them) asks to correct an entry: a new `correction` entry linked to
   * it, pending until a leader accepts or refuses. The old entry is never touched; once the
   * correction is accepted, it counts in the old one's place and the history shows both.
   */
  async requestCorrection(caller: CallerContext, id: string, dto: RequestCorrectionDto): Promise<HoursEntryDto> {
    return idempotent(this.ds, caller, 'hours.correction.request', { id, ...dto }, async () => {
      const correctionId = randomUUID();
      await this.write(async (manager) => {
        const target = await this.lockEntry(manager, caller.tenantId, id);
        if (!target) throw HoursErrors.entryNotFound(id);
        const own = caller.volunteerId === target.volunteer_id;
        if (!own) {
          assertCanReadVolunteer(caller, target.volunteer_id, target.tier_path);
          assertCanActOn(caller, target.tier_path, 'decide');
        }
        const state = await this.stateOf(manager, id);
        if (state.superseded_by) throw HoursErrors.superseded(id, state.superseded_by);
        const [open] = await manager.query(
          `SELECT id FROM entry_states WHERE correction_of = $1 AND status = 'pending'`,
          [id],
        );
        if (open) throw HoursErrors.correctionOpen(id, open.id);
        await manager.query(
          `INSERT INTO entries (id, tenant_id, volunteer_id, kind, correction_of, service_date, minutes, actual_minutes, shift_minutes,
             attended_share, activity_id, activity_title, shift_id, project_id, project_domain, team_id, tier_node_id, tier_path,
             content, place, recipients, checked_in_at, checked_out_at, reason, recorded_by)
           SELECT $1, tenant_id, volunteer_id, 'correction', id, service_date, $2, actual_minutes, shift_minutes, attended_share,
             activity_id, activity_title, shift_id, project_id, project_domain, team_id, tier_node_id, tier_path, content, place,
             recipients, checked_in_at, checked_out_at, $3, $4
             FROM entries WHERE id = $5`,
          [correctionId, dto.minutes, dto.reason.trim(), caller.system ? null : caller.userId, id],
        );
      });
      return this.entry(caller, correctionId);
    });
  }
}
