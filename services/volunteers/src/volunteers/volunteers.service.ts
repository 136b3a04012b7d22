import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CONSENT_VERSION,
  IdentityApi,
  tierPath,
  VolunteersApi,
  type CoverageCounts,
  type CoverageRange,
  type EventDef,
  type JoinedDto,
  type JoinStationDto,
  type ListVolunteersQuery,
  type NationalVolunteerRecordDto,
  type Page,
  type RecruiterDto,
  type RecruitersQuery,
  type RegisteredVolunteerDto,
  type RegisterVolunteerDto,
  type Revealable,
  type UpdateVolunteerDto,
  type VolunteerAccountDto,
  type VolunteerDto,
  type VolunteerEventPayload,
  type VolunteerFieldsDto,
} from '#linli/contracts';
import {
  AccessErrors,
  idempotent,
  OutboxRelay,
  publishEvent,
  readOnly,
  ServiceClient,
  SERVICE_CONFIG,
  systemCaller,
  type CallerContext,
} from '#linli/platform';
import { assertCanActOn, canActOn, likePatterns, requireScope } from '../access/access.js';
import { FieldCipher } from '../crypto/field-cipher.js';
import type { VolunteersConfig } from '../volunteers.config.js';
import { VolunteerErrors } from '../volunteers.errors.js';
import { AGE_BAND_RANGES, birthDateRange, STATION_TIME_ZONE, todayIn } from './age.rules.js';
import { TierLookup, type TierRef } from './tier-lookup.js';
import { toEventPayload, toVolunteerDto, type EventFields } from './volunteers.mapper.js';
import { VolunteersRepository, type VolunteerRow } from './volunteers.repository.js';
import { checkGuardian, checkIdentity } from './volunteers.rules.js';

const UNIQUE_VIOLATION = '23505';
const SELF_FIELDS = new Set(['skills', 'availableTimes']);

/** Who asked for a public join: no caller, so the station, address and key come with the request. */
export interface JoinContext {
  stationId: string;
  address: string;
  /** Absent when the client sent no Idempotency-Key. */
  idempotencyKey?: string;
  requestId: string;
}

/** Volunteer records: who may register, read, reveal and change them, inside which transaction. */
@Injectable()
export class VolunteersService {
  constructor(
    private readonly ds: DataSource,
    private readonly repository: VolunteersRepository,
    private readonly cipher: FieldCipher,
    private readonly tiers: TierLookup,
    private readonly services: ServiceClient,
    private readonly relay: OutboxRelay,
    @Inject(SERVICE_CONFIG) private readonly config: VolunteersConfig,
  ) {}

  /** A leader registers a volunteer at a node in their subtree; the volunteer gets an account to activate. */
  async register(caller: CallerContext, dto: RegisterVolunteerDto): Promise<RegisteredVolunteerDto> {
    requireScope(caller, 'write');
    return idempotent(this.ds, caller, 'volunteer.register', dto, async () => {
      const node = await this.tiers.node(caller, dto.tierNodeId);
      assertCanActOn(caller, node.path, 'write');
      const { id, account } = await this.insert(caller, dto, node, {
        status: 'active',
        source: 'leader',
        password: undefined,
      });
      return {
        ...(await this.get(caller, id, [])),
        userId: account.userId,
        ...(account.activationCode ? { activationCode: account.activationCode } : {}),
      };
    });
  }

  /**
   * Self-registration through a station's join link: no caller, so the service acts as the
   * station's system identity. The volunteer is pending until a leader confirms; the account
   * is active at once with the chosen password (sign-ups wait for the confirmation).
   */
  async join(context: JoinContext, registration: JoinStationDto): Promise<JoinedDto> {
    await this.throttleJoin(context.address);
    const probe = { ...systemCaller(context.stationId, 'volunteers', '/'), requestId: context.requestId };
    const node = await this.tiers.node(probe, registration.tierNodeId);
    const caller = {
      ...systemCaller(context.stationId, 'volunteers', tierPath([], node.node.ancestors[0] ?? node.id)),
      requestId: context.requestId,
    };
    const keyed = context.idempotencyKey ? { ...caller, idempotencyKey: `join:${context.idempotencyKey}` } : caller;
    return idempotent(this.ds, keyed, 'volunteer.join', registration, async () => {
      const { password, ...fields } = registration;
      const { id } = await this.insert(caller, fields, node, { status: 'pending', source: 'self', password });
      return {
        volunteerId: id,
        status: 'pending' as const,
        message: '登记已提交，负责人确认后即可报名活动 / Registered; you can sign up for shifts once a leader confirms',
      };
    });
  }

  async confirm(caller: CallerContext, id: string): Promise<VolunteerDto> {
    await this.write(async (manager) => {
      const row = await this.lockRow(manager, caller, id);
      assertCanActOn(caller, row.tierPath, 'write');
      if (row.status !== 'pending') throw VolunteerErrors.notPending(row.status);
      await this.repository.setStatus(manager, id, 'active');
      await this.emit(manager, caller.tenantId, VolunteersApi.events.updated, { ...row, status: 'active' });
    });
    return this.get(caller, id, []);
  }

  async get(caller: CallerContext, id: string, reveal: Revealable[]): Promise<VolunteerDto> {
    const row = await this.repository.find(this.ds.manager, caller.tenantId, id);
    if (!row) throw VolunteerErrors.notFound(id);
    const self = caller.volunteerId === id;
    if (!self) assertCanActOn(caller, row.tierPath, 'read');
    if (reveal.length > 0) {
      if (!self && !canActOn(caller, row.tierPath, 'reveal')) throw VolunteerErrors.revealForbidden();
      await this.repository.auditSensitiveRead(this.ds.manager, {
        tenantId: caller.tenantId,
        actorId: caller.userId,
        volunteerId: id,
        fields: reveal,
        requestId: caller.requestId,
      });
    }
    return toVolunteerDto(row, this.cipher, this.today(), reveal);
  }

  /**
   * The registrations the national volunteer information system imports, ID numbers in full, for
   * the station head's export: the same right as `?reveal=idNumber` (a system caller has none), and
   * every volunteer answered is written to the audit log as a full read of the ID number, in the
   * transaction that reads them.
   */
  async nationalRecords(caller: CallerContext, ids: string[]): Promise<NationalVolunteerRecordDto[]> {
    if (caller.system) throw AccessErrors.forbidden();
    const scope = likePatterns(requireScope(caller, 'reveal'));
    if (ids.length === 0) return [];
    const rows = await this.ds.transaction(async (manager) => {
      const found = await this.repository.registrations(manager, caller.tenantId, scope, [...new Set(ids)]);
      await this.repository.auditSensitiveReads(manager, {
        tenantId: caller.tenantId,
        actorId: caller.userId,
        volunteerIds: found.map((r) => r.id),
        fields: ['idNumber'],
        requestId: caller.requestId,
      });
      return found;
    });
    return rows.map(({ idNumberEnc, createdAt, ...row }) => ({
      ...row,
      idNumber: this.cipher.decrypt(idNumberEnc),
      registeredAt: new Date(createdAt).toISOString(),
    }));
  }

  async list(caller: CallerContext, query: ListVolunteersQuery): Promise<Page<VolunteerDto>> {
    const paths = requireScope(caller, 'read');
    let subtree: string | undefined;
    if (query.tierNodeId) {
      const node = await this.tiers.node(caller, query.tierNodeId);
      assertCanActOn(caller, node.path, 'read');
      subtree = node.path;
    }
    const today = this.today();
    const born = query.ageBand ? birthDateRange(today, ...AGE_BAND_RANGES[query.ageBand]) : undefined;
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    // A search page, read on the replica: the request writes nothing it must then see.
    const { rows, total } = await readOnly(this.ds, (manager) =>
      this.repository.search(
        manager,
        {
          tenantId: caller.tenantId,
          scope: likePatterns(paths),
          subtree,
          nameContains: query.q,
          phoneTail: query.phoneTail,
          skill: query.skill?.trim(),
          teamName: query.teamName?.trim(),
          teamId: query.teamId,
          status: query.status,
          bornFrom: born?.from,
          bornTo: born?.to,
        },
        { limit: pageSize, offset: (page - 1) * pageSize },
      ),
    );
    return { items: rows.map((r) => toVolunteerDto(r, this.cipher, today)), total, page, pageSize };
  }

  async update(caller: CallerContext, id: string, changes: UpdateVolunteerDto): Promise<VolunteerDto> {
    const fields = Object.keys(changes).filter((k) => changes[k as keyof UpdateVolunteerDto] !== undefined);
    await this.write(async (manager) => {
      const row = await this.lockRow(manager, caller, id);
      const self = caller.volunteerId === id;
      if (self && !canActOn(caller, row.tierPath, 'write')) {
        const forbidden = fields.filter((f) => !SELF_FIELDS.has(f));
        if (forbidden.length > 0) throw VolunteerErrors.fieldForbidden(forbidden);
      } else {
        assertCanActOn(caller, row.tierPath, 'write');
      }
      const next = { ...row };
      if (changes.tierNodeId && changes.tierNodeId !== row.tierNodeId) {
        const node = await this.tiers.node(caller, changes.tierNodeId);
        assertCanActOn(caller, node.path, 'write');
        next.tierNodeId = node.id;
        next.tierPath = node.path;
      }
      if (changes.recruitedBy !== undefined && changes.recruitedBy !== row.recruitedBy) {
        await this.assertRecruiter(manager, caller.tenantId, changes.recruitedBy, id);
        next.recruitedBy = changes.recruitedBy;
      }
      if (changes.guardian) {
        checkGuardian(changes.guardian);
        next.guardianName = changes.guardian.name.trim();
        next.guardianPhoneEnc = this.cipher.encrypt(changes.guardian.phone);
        next.guardianRelation = changes.guardian.relation.trim();
        next.guardianConsent = true;
        next.guardianConsentAt = new Date();
      }
      if (changes.name !== undefined) next.name = changes.name.trim();
      if (changes.phone !== undefined) next.phone = changes.phone;
      if (changes.skills !== undefined) next.skills = [...new Set(changes.skills)];
      if (changes.availableTimes !== undefined) next.availableTimes = changes.availableTimes;
      if (changes.status !== undefined) next.status = changes.status;
      if (changes.insuredUntil !== undefined) next.insuredUntil = changes.insuredUntil;
      if (changes.teamName !== undefined) next.teamName = changes.teamName.trim() || null;
      await this.repository.update(manager, id, next);
      await this.emit(manager, caller.tenantId, VolunteersApi.events.updated, next);
    });
    return this.get(caller, id, []);
  }

  async recruiters(caller: CallerContext, query: RecruitersQuery): Promise<RecruiterDto[]> {
    const paths = requireScope(caller, 'recruiters');
    let subtree: string | undefined;
    if (query.tierNodeId) {
      const node = await this.tiers.node(caller, query.tierNodeId);
      assertCanActOn(caller, node.path, 'recruiters');
      subtree = node.path;
    }
    return this.repository.recruiters(this.ds.manager, caller.tenantId, likePatterns(paths), subtree);
  }

  // ------------------------------------------------------------------------------------------

  private async insert(
    caller: CallerContext,
    dto: VolunteerFieldsDto & { insuredUntil?: string; teamName?: string },
    node: TierRef,
    how: { status: 'active' | 'pending'; source: 'leader' | 'self'; password?: string },
  ): Promise<{ id: string; account: VolunteerAccountDto }> {
    const checked = checkIdentity(dto, this.today());
    const idHash = this.cipher.lookupHash(dto.idType, checked.idNumber);
    const id = randomUUID();
    let account: VolunteerAccountDto | undefined;
    await this.write(async (manager) => {
      await this.assertNoDuplicate(manager, caller, idHash, dto.phone);
      if (dto.recruitedBy) await this.assertRecruiter(manager, caller.tenantId, dto.recruitedBy, id);
      const guardian = dto.guardian;
      const row = {
        id,
        tierNodeId: node.id,
        tierPath: node.path,
        name: dto.name.trim(),
        sex: checked.sex,
        birthDate: checked.birthDate,
        skills: [...new Set(dto.skills ?? [])],
        status: how.status,
        guardianConsent: guardian?.consentGiven ?? false,
        insuredUntil: dto.insuredUntil ?? null,
        recruitedBy: dto.recruitedBy ?? null,
      };
      await this.repository.insert(manager, {
        ...row,
        tenantId: caller.tenantId,
        idType: dto.idType,
        idNumberEnc: this.cipher.encrypt(checked.idNumber),
        idNumberHash: idHash,
        phone: dto.phone,
        availableTimes: dto.availableTimes ?? [],
        teamName: dto.teamName?.trim() || null,
        guardianName: guardian?.name.trim() ?? null,
        guardianPhoneEnc: guardian ? this.cipher.encrypt(guardian.phone) : null,
        guardianRelation: guardian?.relation.trim() ?? null,
        consentVersion: CONSENT_VERSION,
        source: how.source,
        createdBy: caller.userId,
      });
      await this.emit(manager, caller.tenantId, VolunteersApi.events.registered, row);
      // Inside the transaction: if identity refuses the account (e.g. the phone is another user's), nothing is kept.
      account = await this.services.call(
        IdentityApi.operations.volunteerAccountCreate,
        {
          volunteerId: id,
          name: row.name,
          phone: dto.phone,
          tierNodeId: node.id,
          ...(how.password ? { password: how.password } : {}),
        },
        caller,
      );
      await this.repository.linkUser(manager, id, account.userId);
    });
    return { id, account: account! };
  }

  private async assertNoDuplicate(manager: EntityManager, caller: CallerContext, idHash: string, phone: string) {
    const existing = await this.repository.findClash(manager, caller.tenantId, idHash, phone);
    if (!existing) return;
    const visible = !caller.system && canActOn(caller, existing.tierPath, 'read');
    throw VolunteerErrors.duplicate(existing.sameId ? 'idNumber' : 'phone', visible ? existing.id : undefined);
  }

  private async assertRecruiter(manager: EntityManager, tenantId: string, recruiterId: string, selfId: string) {
    if (recruiterId === selfId || !(await this.repository.exists(manager, tenantId, recruiterId)))
      throw VolunteerErrors.recruiterNotFound(recruiterId);
  }

  private async emit(
    manager: EntityManager,
    tenantId: string,
    event: EventDef<VolunteerEventPayload>,
    row: EventFields,
  ) {
    await publishEvent(manager, event, tenantId, toEventPayload(row, this.today()));
  }

  /** Public sign-ups per client address per window: beyond the limit, 429 with Retry-After. */
  private async throttleJoin(address: string) {
    const windowSeconds = this.config.JOIN_WINDOW_SECONDS;
    const { count, oldest } = await this.repository.joinAttempts(this.ds.manager, address, windowSeconds);
    if (count >= this.config.JOIN_MAX_PER_ADDRESS) {
      const retry = Math.max(1, Math.ceil((oldest ?? 0) + windowSeconds - Date.now() / 1000));
      throw VolunteerErrors.tooManyJoins(retry);
    }
    await this.repository.recordJoinAttempt(this.ds.manager, address);
  }

  /** One transaction; a unique clash is a 409 naming the existing volunteer when the caller may see it. */
  private async write(fn: (manager: EntityManager) => Promise<void>) {
    try {
      await this.ds.transaction(fn);
    } catch (error) {
      const pg = error as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string };
      const code = pg.driverError?.code ?? pg.code;
      const constraint = pg.driverError?.constraint ?? pg.constraint;
      if (code === UNIQUE_VIOLATION && (constraint === 'volunteers_phone' || constraint === 'volunteers_id_number')) {
        throw VolunteerErrors.duplicate(constraint === 'volunteers_phone' ? 'phone' : 'idNumber');
      }
      throw error;
    }
    this.relay.kick();
  }

  private async lockRow(manager: EntityManager, caller: CallerContext, id: string): Promise<VolunteerRow> {
    const row = await this.repository.find(manager, caller.tenantId, id, { lock: true });
    if (!row) throw VolunteerErrors.notFound(id);
    return row;
  }

  private today(): string {
    return todayIn(STATION_TIME_ZONE);
  }

  /** Volunteers on the books and recruited per tier path, for the station's reports, over the caller's subtrees. */
  async coverage(caller: CallerContext, range: CoverageRange): Promise<CoverageCounts> {
    const subtrees = likePatterns(requireScope(caller, 'report'));
    const rows = await readOnly(this.ds, (manager) =>
      this.repository.coverage(manager, caller.tenantId, subtrees, range),
    );
    return { items: rows.map(({ tierPath, ...counts }) => ({ tierPath, counts })) };
  }
}
