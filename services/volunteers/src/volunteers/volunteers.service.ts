import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CONSENT_VERSION,
  IdentitySubjects,
  VolunteersEvents,
  type JoinedDto,
  type JoinStationRequest,
  type ListVolunteersQuery,
  type Page,
  type RecruiterDto,
  type RecruitersQuery,
  type RegisteredVolunteerDto,
  type RegisterVolunteerDto,
  type Revealable,
  type UpdateVolunteerDto,
  type VolunteerAccountDto,
  type VolunteerDto,
  type VolunteerFieldsDto,
} from '#linli/contracts';
import {
  addToOutbox,
  idempotent,
  logContext,
  OutboxRelay,
  ServiceClient,
  SERVICE_CONFIG,
  systemCaller,
  type CallerContext,
} from '#linli/platform';
import { assertCanActOn, canActOn, likePatterns, requireScope } from '../access/access.js';
import { FieldCipher } from '../crypto/field-cipher.js';
import type { VolunteersConfig } from '../volunteers.config.js';
import { AGE_BAND_RANGES, birthDateRange, STATION_TIME_ZONE, todayIn } from './age-rules.js';
import { TierLookup, type TierRef } from './tier-lookup.js';
import { toEventPayload, toVolunteerDto, VOLUNTEER_COLUMNS, type VolunteerRow } from './volunteer.mapper.js';
import { checkGuardian, checkIdentity } from './volunteer-rules.js';
import { VolunteerErrors } from './volunteer.exception.js';

const UNIQUE_VIOLATION = '23505';
const SELF_FIELDS = new Set(['skills', 'availableTimes']);

@Injectable()
export class VolunteersService {
  constructor(
    private readonly ds: DataSource,
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
  async join(request: JoinStationRequest): Promise<JoinedDto> {
    await this.throttleJoin(request.address);
    const probe = systemCaller(request.stationId, 'volunteers', '/');
    const node = await this.tiers.node(probe, request.registration.tierNodeId);
    const rootPath = `/${node.node.ancestors[0] ?? node.id}/`;
    const caller = {
      ...systemCaller(request.stationId, 'volunteers', rootPath),
      requestId: logContext.getStore()?.requestId ?? probe.requestId,
    };
    const keyed = request.idempotencyKey ? { ...caller, idempotencyKey: `join:${request.idempotencyKey}` } : caller;
    return idempotent(this.ds, keyed, 'volunteer.join', request.registration, async () => {
      const { password, ...fields } = request.registration;
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
      await manager.query(`UPDATE volunteers SET status = 'active', updated_at = now() WHERE id = $1`, [id]);
      await this.emit(manager, caller.tenantId, VolunteersEvents.updated, { ...row, status: 'active' });
    });
    return this.get(caller, id, []);
  }

  async get(caller: CallerContext, id: string, reveal: Revealable[]): Promise<VolunteerDto> {
    const row = await this.rowInTenant(this.ds.manager, caller, id);
    const self = caller.volunteerId === id;
    if (!self) assertCanActOn(caller, row.tierPath, 'read');
    if (reveal.length > 0) {
      if (!self && !canActOn(caller, row.tierPath, 'reveal')) throw VolunteerErrors.revealForbidden();
      await this.ds.query(
        `INSERT INTO audit_log (id, tenant_id, actor_id, action, target_type, target_id, fields, request_id)
         VALUES ($1, $2, $3, 'volunteer.sensitive.read', 'volunteer', $4, $5, $6)`,
        [randomUUID(), caller.tenantId, caller.userId, id, reveal, caller.requestId],
      );
    }
    return toVolunteerDto(row, this.cipher, this.today(), reveal);
  }

  async list(caller: CallerContext, query: ListVolunteersQuery): Promise<Page<VolunteerDto>> {
    const paths = requireScope(caller, 'read');
    const params: unknown[] = [caller.tenantId, likePatterns(paths)];
    const where = ['v.tenant_id = $1', 'v.tier_path LIKE ANY($2)'];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (query.tierNodeId) {
      const node = await this.tiers.node(caller, query.tierNodeId);
      assertCanActOn(caller, node.path, 'read');
      add((n) => `v.tier_path LIKE $${n}`, `${node.path}%`);
    }
    if (query.q) add((n) => `v.name ILIKE $${n}`, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (query.phoneTail) add((n) => `right(v.phone, 4) = $${n}`, query.phoneTail);
    if (query.skill) add((n) => `v.skills @> ARRAY[$${n}]::text[]`, query.skill.trim());
    if (query.teamName) add((n) => `v.team_name = $${n}`, query.teamName.trim());
    // Current members, from the copy of the teams service's membership events (team-members.ts).
    if (query.teamId) {
      add(
        (n) => `EXISTS (SELECT 1 FROM team_members m WHERE m.tenant_id = v.tenant_id AND m.team_id = $${n}
                   AND m.volunteer_id = v.id AND m.left_at IS NULL)`,
        query.teamId,
      );
    }
    if (query.status) add((n) => `v.status = $${n}`, query.status);
    if (query.ageBand) {
      const [min, max] = AGE_BAND_RANGES[query.ageBand];
      const range = birthDateRange(this.today(), min, max);
      add((n) => `v.birth_date <= $${n}`, range.to);
      if (range.from) add((n) => `v.birth_date >= $${n}`, range.from);
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [{ total }] = await this.ds.query(
      `SELECT count(*)::int AS total FROM volunteers v WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: VolunteerRow[] = await this.ds.query(
      `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers v WHERE ${where.join(' AND ')}
        ORDER BY v.created_at DESC, v.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    const today = this.today();
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
      await manager.query(
        `UPDATE volunteers SET tier_node_id = $2, tier_path = $3, name = $4, phone = $5, skills = $6, available_times = $7,
           status = $8, insured_until = $9, team_name = $10, recruited_by = $11, guardian_name = $12, guardian_phone_enc = $13,
           guardian_relation = $14, guardian_consent = $15, guardian_consent_at = $16, updated_at = now()
         WHERE id = $1`,
        [
          id,
          next.tierNodeId,
          next.tierPath,
          next.name,
          next.phone,
          next.skills,
          next.availableTimes,
          next.status,
          next.insuredUntil,
          next.teamName,
          next.recruitedBy,
          next.guardianName,
          next.guardianPhoneEnc,
          next.guardianRelation,
          next.guardianConsent,
          next.guardianConsentAt,
        ],
      );
      await this.emit(manager, caller.tenantId, VolunteersEvents.updated, next);
    });
    return this.get(caller, id, []);
  }

  async recruiters(caller: CallerContext, query: RecruitersQuery): Promise<RecruiterDto[]> {
    const paths = requireScope(caller, 'recruiters');
    const params: unknown[] = [caller.tenantId, likePatterns(paths)];
    let subtree = '';
    if (query.tierNodeId) {
      const node = await this.tiers.node(caller, query.tierNodeId);
      assertCanActOn(caller, node.path, 'recruiters');
      params.push(`${node.path}%`);
      subtree = `AND v.tier_path LIKE $3`;
    }
    return this.ds.query(
      `SELECT r.id AS "volunteerId", r.name, count(*)::int AS "recruitedCount"
         FROM volunteers v JOIN volunteers r ON r.id = v.recruited_by
        WHERE v.tenant_id = $1 AND v.tier_path LIKE ANY($2) ${subtree}
        GROUP BY r.id, r.name ORDER BY count(*) DESC, r.name LIMIT 20`,
      params,
    );
  }

  // ------------------------------------------------------------------------------------------

  private async insert(
    caller: CallerContext,
    dto: VolunteerFieldsDto & { insuredUntil?: string; teamName?: string },
    node: TierRef,
    how: { status: 'active' | 'pending'; source: 'leader' | 'self'; password?: string },
  ): Promise<{ id: string; account: VolunteerAccountDto }> {
    const today = this.today();
    const checked = checkIdentity(dto, today);
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
      await manager.query(
        `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, sex, birth_date, id_type, id_number_enc, id_number_hash,
           phone, skills, available_times, status, recruited_by, team_name, insured_until, guardian_name, guardian_phone_enc,
           guardian_relation, guardian_consent, guardian_consent_at, consent_at, consent_version, source, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
           CASE WHEN $21 THEN now() END, now(), $22, $23, $24)`,
        [
          id,
          caller.tenantId,
          node.id,
          node.path,
          row.name,
          row.sex,
          row.birthDate,
          dto.idType,
          this.cipher.encrypt(checked.idNumber),
          idHash,
          dto.phone,
          row.skills,
          dto.availableTimes ?? [],
          how.status,
          row.recruitedBy,
          dto.teamName?.trim() || null,
          row.insuredUntil,
          guardian?.name.trim() ?? null,
          guardian ? this.cipher.encrypt(guardian.phone) : null,
          guardian?.relation.trim() ?? null,
          row.guardianConsent,
          CONSENT_VERSION,
          how.source,
          caller.userId,
        ],
      );
      await this.emit(manager, caller.tenantId, VolunteersEvents.registered, row);
      // Inside the transaction: if identity refuses the account (e.g. the phone is another user's), nothing is kept.
      account = await this.services.send<VolunteerAccountDto>(
        IdentitySubjects.volunteerAccountCreate,
        {
          volunteerId: id,
          name: row.name,
          phone: dto.phone,
          tierNodeId: node.id,
          ...(how.password ? { password: how.password } : {}),
        },
        caller,
      );
      await manager.query('UPDATE volunteers SET user_id = $2 WHERE id = $1', [id, account.userId]);
    });
    return { id, account: account! };
  }

  private async assertNoDuplicate(manager: EntityManager, caller: CallerContext, idHash: string, phone: string) {
    const [existing] = await manager.query(
      `SELECT id, tier_path AS "tierPath", id_number_hash = $2 AS "sameId" FROM volunteers
        WHERE tenant_id = $1 AND (id_number_hash = $2 OR phone = $3) ORDER BY (id_number_hash = $2) DESC LIMIT 1`,
      [caller.tenantId, idHash, phone],
    );
    if (!existing) return;
    const visible = !caller.system && canActOn(caller, existing.tierPath, 'read');
    throw VolunteerErrors.duplicate(existing.sameId ? 'idNumber' : 'phone', visible ? existing.id : undefined);
  }

  private async assertRecruiter(manager: EntityManager, tenantId: string, recruiterId: string, selfId: string) {
    const [found] = await manager.query('SELECT 1 FROM volunteers WHERE id = $1 AND tenant_id = $2', [
      recruiterId,
      tenantId,
    ]);
    if (!found || recruiterId === selfId) throw VolunteerErrors.recruiterNotFound(recruiterId);
  }

  private async emit(
    manager: EntityManager,
    tenantId: string,
    subject: string,
    row: Parameters<typeof toEventPayload>[0],
  ) {
    await addToOutbox(manager, { subject, tenantId, payload: toEventPayload(row, this.today()) });
  }

  /** Public sign-ups per client address per window: beyond the limit, 429 with Retry-After. */
  private async throttleJoin(address: string) {
    const windowSeconds = this.config.JOIN_WINDOW_SECONDS;
    await this.ds.query(`DELETE FROM join_attempts WHERE at < now() - make_interval(secs => $1)`, [windowSeconds]);
    const [{ count, oldest }] = await this.ds.query(
      `SELECT count(*)::int AS count, extract(epoch FROM min(at))::float8 AS oldest FROM join_attempts WHERE address = $1`,
      [address],
    );
    if (count >= this.config.JOIN_MAX_PER_ADDRESS) {
      const retry = Math.max(1, Math.ceil(oldest + windowSeconds - Date.now() / 1000));
      throw VolunteerErrors.tooManyJoins(retry);
    }
    await this.ds.query('INSERT INTO join_attempts (address) VALUES ($1)', [address]);
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
    const [row] = await manager.query(
      `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers v WHERE v.id = $1 AND v.tenant_id = $2 FOR UPDATE`,
      [id, caller.tenantId],
    );
    if (!row) throw VolunteerErrors.notFound(id);
    return row;
  }

  private async rowInTenant(manager: EntityManager, caller: CallerContext, id: string): Promise<VolunteerRow> {
    const [row] = await manager.query(
      `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers v WHERE v.id = $1 AND v.tenant_id = $2`,
      [id, caller.tenantId],
    );
    if (!row) throw VolunteerErrors.notFound(id);
    return row;
  }

  private today(): string {
    return todayIn(STATION_TIME_ZONE);
  }
}
