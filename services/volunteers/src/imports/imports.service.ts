import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ImportBatchResult, ImportFinishDto, ImportJobDto, ImportRowsDto, ImportStartDto } from '#linli/contracts';
import { OutboxRelay, type CallerContext } from '#linli/platform';
import { canActOn, requireScope } from '../access/access.js';
import { FieldCipher } from '../crypto/field-cipher.js';
import { AccessErrors, ImportErrors } from '../volunteers.errors.js';
import { STATION_TIME_ZONE, todayIn } from '../volunteers/age.rules.js';
import { TierLookup } from '../volunteers/tier-lookup.js';
import { processImportRows } from './import-rows.js';
import { ImportsRepository, type JobRow } from './imports.repository.js';

/**
 * Import jobs. The gateway parses the uploaded file and sends its rows here in batches
 * (`volunteers.import.rows`), so no NATS message carries more than a batch; each batch
 * updates the job's progress, which `GET /volunteers/imports/{id}` reads.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repository: ImportsRepository,
    private readonly cipher: FieldCipher,
    private readonly tiers: TierLookup,
    private readonly relay: OutboxRelay,
  ) {}

  async start(caller: CallerContext, request: ImportStartDto): Promise<ImportJobDto> {
    const paths = requireScope(caller, 'write');
    const id = request.id ?? randomUUID();
    const inserted = await this.repository.insertJob(this.ds.manager, {
      id,
      tenantId: caller.tenantId,
      createdBy: caller.userId,
      scopePaths: paths,
      format: request.format,
      fileName: request.fileName ?? null,
      dryRun: request.dryRun,
      total: request.total,
    });
    if (!inserted) throw ImportErrors.idTaken(id);
    return this.get(caller, id);
  }

  async rows(caller: CallerContext, request: ImportRowsDto): Promise<ImportBatchResult> {
    requireScope(caller, 'write');
    const job = await this.ownJob(caller, request.importId);
    if (job.status !== 'running') throw ImportErrors.finished(job.status);
    const resolver = await this.tiers.resolver(caller);
    const result = await processImportRows(
      this.ds,
      this.repository,
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
    await this.repository.countBatch(this.ds.manager, job.id, {
      processed: request.rows.length,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      rejected: result.rejected.length,
    });
    if (result.created + result.updated > 0) this.relay.kick();
    return result;
  }

  async finish(caller: CallerContext, request: ImportFinishDto): Promise<ImportJobDto> {
    const job = await this.ownJob(caller, request.importId);
    if (job.status === 'running') await this.repository.finishJob(this.ds.manager, job.id, request.errorCode ?? null);
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
    const job = await this.repository.findJob(this.ds.manager, caller.tenantId, id);
    if (!job) throw ImportErrors.notFound(id);
    return job;
  }

  /** Only its importer sends a job's rows or closes it; to anyone else it does not exist. */
  private async ownJob(caller: CallerContext, id: string): Promise<JobRow> {
    const job = await this.job(caller, id);
    if (job.createdBy !== caller.userId) throw ImportErrors.notFound(id);
    return job;
  }
}
