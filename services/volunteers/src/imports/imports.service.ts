import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type {
  ImportBatchResult,
  ImportFinishRequest,
  ImportJobDto,
  ImportRowsRequest,
  ImportStartRequest,
} from '#linli/contracts';
import { OutboxRelay, type CallerContext } from '#linli/platform';
import { AccessErrors, canActOn, requireScope } from '../access/access.js';
import { FieldCipher } from '../crypto/field-cipher.js';
import { STATION_TIME_ZONE, todayIn } from '../volunteers/age-rules.js';
import { TierLookup } from '../volunteers/tier-lookup.js';
import { ImportErrors } from '../volunteers/volunteer.exception.js';
import { processImportRows } from './import-rows.js';

const JOB_COLUMNS = `id, status, dry_run AS "dryRun", format, file_name AS "fileName", total, processed, created, updated, unchanged,
  rejected AS "rejectedCount", error_code AS "errorCode", started_at AS "startedAt", finished_at AS "finishedAt",
  scope_paths AS "scopePaths", created_by AS "createdBy"`;

interface JobRow extends Omit<ImportJobDto, 'startedAt' | 'finishedAt'> {
  startedAt: Date;
  finishedAt: Date | null;
  scopePaths: string[];
  createdBy: string;
}

/**
 * Import jobs. The gateway parses the uploaded file and sends its rows here in batches
 * (`volunteers.import.rows`), so no NATS message carries more than a batch; each batch
 * updates the job's progress, which `GET /volunteers/imports/{id}` reads.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly cipher: FieldCipher,
    private readonly tiers: TierLookup,
    private readonly relay: OutboxRelay,
  ) {}

  async start(caller: CallerContext, request: ImportStartRequest): Promise<ImportJobDto> {
    const paths = requireScope(caller, 'write');
    const id = request.id ?? randomUUID();
    const inserted: unknown[] = await this.ds.query(
      `INSERT INTO import_jobs (id, tenant_id, created_by, scope_paths, format, file_name, dry_run, status, total)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'running', $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        id,
        caller.tenantId,
        caller.userId,
        paths,
        request.format,
        request.fileName ?? null,
        request.dryRun,
        request.total,
      ],
    );
    if (inserted.length === 0) throw ImportErrors.idTaken(id);
    return this.get(caller, id);
  }

  async rows(caller: CallerContext, request: ImportRowsRequest): Promise<ImportBatchResult> {
    requireScope(caller, 'write');
    const job = await this.job(caller, request.importId);
    if (job.createdBy !== caller.userId) throw ImportErrors.notFound(request.importId);
    if (job.status !== 'running') throw ImportErrors.finished(job.status);
    const resolver = await this.tiers.resolver(caller);
    const result = await processImportRows(
      this.ds,
      {
        tenantId: caller.tenantId,
        actor: caller.userId,
        cipher: this.cipher,
        today: todayIn(STATION_TIME_ZONE),
        dryRun: job.dryRun,
        resolveTier: (text) => resolver.resolve(text),
        canWrite: (path) => canActOn(caller, path, 'write'),
        canRead: (path) => canActOn(caller, path, 'read'),
      },
      request.rows,
    );
    await this.ds.query(
      `UPDATE import_jobs SET processed = processed + $2, created = created + $3, updated = updated + $4, unchanged = unchanged + $5,
              rejected = rejected + $6 WHERE id = $1`,
      [job.id, request.rows.length, result.created, result.updated, result.unchanged, result.rejected.length],
    );
    if (result.created + result.updated > 0) this.relay.kick();
    return result;
  }

  async finish(caller: CallerContext, request: ImportFinishRequest): Promise<ImportJobDto> {
    const job = await this.job(caller, request.importId);
    if (job.createdBy !== caller.userId) throw ImportErrors.notFound(request.importId);
    if (job.status === 'running') {
      await this.ds.query(
        `UPDATE import_jobs SET status = $2, error_code = $3, finished_at = now() WHERE id = $1 AND status = 'running'`,
        [job.id, request.errorCode ? 'failed' : 'completed', request.errorCode ?? null],
      );
    }
    return this.get(caller, job.id);
  }

  /** Readable by its importer and by whoever's write scope covers the importer's. */
  async get(caller: CallerContext, id: string): Promise<ImportJobDto> {
    const paths = requireScope(caller, 'write');
    const job = await this.job(caller, id);
    const covered =
      job.createdBy === caller.userId || job.scopePaths.some((p) => paths.some((mine) => p.startsWith(mine)));
    if (!covered) throw AccessErrors.outsideScope();
    const { scopePaths: _s, createdBy: _c, ...dto } = job;
    return {
      ...dto,
      startedAt: new Date(job.startedAt).toISOString(),
      finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
    };
  }

  private async job(caller: CallerContext, id: string): Promise<JobRow> {
    const [job] = await this.ds.query(`SELECT ${JOB_COLUMNS} FROM import_jobs WHERE id = $1 AND tenant_id = $2`, [
      id,
      caller.tenantId,
    ]);
    if (!job) throw ImportErrors.notFound(id);
    return job;
  }
}
