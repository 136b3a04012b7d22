import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  HoursApi,
  OrganisationsApi,
  tierPath,
  type BulkApproveResult,
  type CreateHoursEntryDto,
  type HoursEntryDto,
  type HoursEntryPage,
  type HoursQueueQuery,
  type RequestCorrectionDto,
  type VolunteerHoursDto,
} from '#linli/contracts';
import {
  DomainException,
  idempotent,
  OutboxRelay,
  publishEvent,
  ServiceClient,
  type CallerContext,
} from '#linli/platform';
import { assertCanActOn, assertCanReadVolunteer, likePatterns, requireScope } from '../access/access.js';
import { HoursErrors } from '../hours.errors.js';
import { StationsRepository } from '../stations/stations.repository.js';
import { todayIn } from '../stations/stations.rules.js';
import { toEntryDto } from './entry.mapper.js';
import { LedgerRepository, type LockedEntry } from './ledger.repository.js';
import { bulkOutcome, extensionAllowed, nextStar, starLevel, toHours } from './ledger.rules.js';

const recorder = (caller: CallerContext) => (caller.system ? null : caller.userId);

/**
 * The ledger: entries are only ever added (a check-out, a leader's entry, a correction), decisions
 * are written beside them, and the star level follows the approved minutes in the same transaction.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly services: ServiceClient,
    private readonly ledger: LedgerRepository,
    private readonly stations: StationsRepository,
  ) {}

  async volunteerHours(
    caller: CallerContext,
    volunteerId: string,
    period: { from?: string; to?: string },
  ): Promise<VolunteerHoursDto> {
    if (period.from && period.to && period.from > period.to) throw HoursErrors.rangeInvalid(period.from, period.to);
    const where = await this.volunteerOrEmpty(caller, volunteerId);
    const rows = where ? await this.ledger.volunteerEntries(this.ds, caller.tenantId, volunteerId, period) : [];
    const settings = await this.stations.settings(this.ds, caller.tenantId);
    const total =
      period.from || period.to ? await this.ledger.approvedMinutes(this.ds, caller.tenantId, volunteerId) : null;
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
    const place = await this.ledger.volunteerPlace(this.ds, caller.tenantId, volunteerId);
    if (!place) {
      // Nothing recorded for this id in the caller's station: an empty record for oneself, else not found.
      if (caller.volunteerId === volunteerId) return null;
      throw HoursErrors.volunteerNotFound(volunteerId);
    }
    assertCanReadVolunteer(caller, volunteerId, place.tierPath);
    return place;
  }

  async create(caller: CallerContext, dto: CreateHoursEntryDto): Promise<HoursEntryDto> {
    return idempotent(this.ds, caller, HoursApi.operations.entryCreate.subject, dto, async () => {
      requireScope(caller, 'decide');
      const settings = await this.stations.settings(this.ds, caller.tenantId);
      if (dto.date > todayIn(settings.timezone)) throw HoursErrors.dateInFuture(dto.date);
      const place = dto.tierNodeId
        ? await this.tierNode(caller, dto.tierNodeId)
        : await this.ledger.volunteerPlace(this.ds, caller.tenantId, dto.volunteerId);
      if (!place) throw HoursErrors.volunteerNotFound(dto.volunteerId);
      assertCanActOn(caller, place.tierPath, 'decide');
      const id = randomUUID();
      await this.ledger.insertManual(this.ds, {
        id,
        tenantId: caller.tenantId,
        volunteerId: dto.volunteerId,
        date: dto.date,
        minutes: dto.minutes,
        activityId: dto.activityId ?? null,
        activityTitle: dto.activityTitle ?? null,
        shiftId: dto.shiftId ?? null,
        tierNodeId: place.tierNodeId,
        tierPath: place.tierPath,
        content: dto.content.trim(),
        place: dto.place.trim(),
        recipients: dto.recipients.trim(),
        recordedBy: recorder(caller),
      });
      return this.entry(caller, id);
    });
  }

  /** A tier node's path, from the organisations service (which also checks the caller may see it). */
  private async tierNode(caller: CallerContext, id: string): Promise<{ tierNodeId: string; tierPath: string }> {
    const node = await this.services.call(OrganisationsApi.operations.tierGet, { id }, caller, 3000);
    return { tierNodeId: node.id, tierPath: tierPath(node.ancestors, node.id) };
  }

  async entry(caller: CallerContext, id: string): Promise<HoursEntryDto> {
    const row = await this.ledger.entry(this.ds, caller.tenantId, id);
    if (!row) throw HoursErrors.entryNotFound(id);
    assertCanReadVolunteer(caller, row.volunteer_id, row.tier_path);
    return toEntryDto(row);
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
    const entry = await this.ledger.lock(manager, caller.tenantId, id);
    if (!entry || (opts.correction && entry.kind !== 'correction')) {
      if (entry) assertCanActOn(caller, entry.tier_path, 'decide');
      throw opts.correction ? HoursErrors.notCorrection(id) : HoursErrors.entryNotFound(id);
    }
    assertCanActOn(caller, entry.tier_path, 'decide');
    if (!opts.correction && entry.kind === 'correction') throw HoursErrors.isCorrection(id);
    if (entry.correction_of) await this.ledger.lock(manager, caller.tenantId, entry.correction_of);
    const state = await this.ledger.state(manager, id);
    if (state.superseded_by) throw HoursErrors.superseded(id, state.superseded_by);
    if (state.status === 'approved' || state.status === 'rejected') throw HoursErrors.alreadyDecided(id, state.status);
    if (state.status !== 'pending' && !(decision === 'rejected' && state.status === 'not_counted')) {
      throw HoursErrors.notPending(id, state.status);
    }
    if (entry.correction_of && decision === 'approved') {
      const target = await this.ledger.state(manager, entry.correction_of);
      if (target.superseded_by) throw HoursErrors.superseded(entry.correction_of, target.superseded_by);
    }
    let minutes: number | null = null;
    if (opts.minutes !== undefined && opts.minutes !== entry.minutes) {
      if (!extensionAllowed(entry.minutes, entry.actual_minutes, opts.minutes)) {
        throw HoursErrors.extensionInvalid(opts.minutes, entry.minutes, entry.actual_minutes);
      }
      minutes = opts.minutes;
    }
    await this.ledger.insertDecision(manager, {
      entryId: id,
      tenantId: caller.tenantId,
      decision,
      minutes,
      reason: opts.reason?.trim() ?? null,
      decidedBy: recorder(caller),
    });
    if (decision === 'approved')
      await this.refreshStarLevel(manager, caller.tenantId, entry.volunteer_id, entry.tier_path);
    return entry;
  }

  /**
   * Recomputes a volunteer's star level after a change to their approved minutes, in the same
   * transaction; when it moved, records it and publishes `evt.hours.star_level.changed` through
   * the outbox. Serialised per volunteer so two concurrent approvals publish one change each way.
   */
  async refreshStarLevel(manager: EntityManager, tenantId: string, volunteerId: string, path: string) {
    await this.ledger.lockStars(manager, tenantId, volunteerId);
    const minutes = await this.ledger.approvedMinutes(manager, tenantId, volunteerId);
    const { starThresholdsHours } = await this.stations.settings(manager, tenantId);
    const level = starLevel(minutes, starThresholdsHours);
    const fromLevel = await this.ledger.storedStarLevel(manager, tenantId, volunteerId);
    await this.ledger.saveStarLevel(manager, tenantId, volunteerId, level, minutes);
    if (level === fromLevel) return false;
    await publishEvent(manager, HoursApi.events.starLevelChanged, tenantId, {
      volunteerId,
      tierPath: path,
      fromLevel,
      toLevel: level,
      approvedMinutes: minutes,
    });
    return true;
  }

  /**
   * Checks the star projection against the ledger: every volunteer whose stored approved minutes
   * or level differ from what the ledger derives (under the station's current thresholds).
   */
  async checkStarLevels(tenantId?: string): Promise<{ volunteerId: string; stored: number; derived: number }[]> {
    const rows = await this.ledger.starProjection(this.ds, tenantId);
    const out: { volunteerId: string; stored: number; derived: number }[] = [];
    const thresholds = new Map<string, number[]>();
    for (const r of rows) {
      if (!thresholds.has(r.tenant_id)) {
        thresholds.set(r.tenant_id, (await this.stations.settings(this.ds, r.tenant_id)).starThresholdsHours);
      }
      const expectedLevel = starLevel(r.derived, thresholds.get(r.tenant_id));
      const minutesDrift = r.stored !== r.derived && (r.derived > 0 || r.stored > 0);
      if (minutesDrift || expectedLevel !== r.level) {
        out.push({ volunteerId: r.volunteer_id, stored: r.stored, derived: r.derived });
      }
    }
    return out;
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
        results.push({ id, outcome: bulkOutcome(error.code, error.status), code: error.code });
      }
    }
    return { approved: results.filter((r) => r.outcome === 'approved').length, results };
  }

  async list(caller: CallerContext, query: HoursQueueQuery): Promise<HoursEntryPage> {
    const paths = requireScope(caller, 'read');
    let subtreePath: string | undefined;
    if (query.tierNodeId) {
      const node = await this.tierNode(caller, query.tierNodeId);
      assertCanActOn(caller, node.tierPath, 'read');
      subtreePath = node.tierPath;
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { rows, total } = await this.ledger.queue(this.ds, {
      tenantId: caller.tenantId,
      visibleSubtrees: likePatterns(paths),
      status: query.status ?? 'pending',
      subtreePath,
      teamId: query.teamId,
      volunteerId: query.volunteerId,
      kind: query.kind,
      page,
      pageSize,
    });
    return { items: rows.map(toEntryDto), total, page, pageSize };
  }

  /**
   * A volunteer (or a leader for them) asks to correct an entry: a new `correction` entry linked to
   * it, pending until a leader accepts or refuses. The old entry is never touched; once the
   * correction is accepted, it counts in the old one's place and the history shows both.
   */
  async requestCorrection(caller: CallerContext, id: string, dto: RequestCorrectionDto): Promise<HoursEntryDto> {
    return idempotent(this.ds, caller, HoursApi.operations.correctionRequest.subject, { id, ...dto }, async () => {
      const correctionId = randomUUID();
      await this.write(async (manager) => {
        const target = await this.ledger.lock(manager, caller.tenantId, id);
        if (!target) throw HoursErrors.entryNotFound(id);
        if (caller.volunteerId !== target.volunteer_id) {
          assertCanReadVolunteer(caller, target.volunteer_id, target.tier_path);
          assertCanActOn(caller, target.tier_path, 'decide');
        }
        const state = await this.ledger.state(manager, id);
        if (state.superseded_by) throw HoursErrors.superseded(id, state.superseded_by);
        const open = await this.ledger.openCorrection(manager, id);
        if (open) throw HoursErrors.correctionOpen(id, open);
        await this.ledger.insertCorrection(manager, {
          id: correctionId,
          of: id,
          minutes: dto.minutes,
          reason: dto.reason.trim(),
          recordedBy: recorder(caller),
        });
      });
      return this.entry(caller, correctionId);
    });
  }
}
