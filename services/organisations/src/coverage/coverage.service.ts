import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ActivitiesApi,
  HoursApi,
  TeamsApi,
  VolunteersApi,
  type CoverageCounts,
  type CoverageExportQuery,
  type CoverageQuery,
  type CoverageRange,
  type CoverageReport,
  type FileReply,
} from '#linli/contracts';
import { readOnly, ServiceClient, type CallerContext } from '#linli/platform';
import { assertCanActOn, likePatterns, requireScope } from '../access/access.js';
import { TierErrors } from '../organisations.errors.js';
import { StationsService } from '../stations/stations.service.js';
import { todayIn } from '../stations/stations.rules.js';
import { TiersRepository } from '../tiers/tiers.repository.js';
import { coverageCsv, coverageXlsx } from './coverage-files.js';
import { CoverageRepository } from './coverage.repository.js';
import { coveragePeriod, coverageReport, rangeIn } from './coverage.rules.js';

/** The services that count, per tier path, what the station holds and did; each scopes to the caller's token. */
const COUNTED_BY = [
  VolunteersApi.operations.coverageCounts,
  TeamsApi.operations.coverageCounts,
  ActivitiesApi.operations.coverageCounts,
  HoursApi.operations.coverageCounts,
] as const;

/** A report asks four services at once; each answers from one grouped query. */
const COUNTS_TIMEOUT_MS = 10_000;

/**
 * Village coverage: every village of the caller's subtree (or of one node in it) with the
 * organisations on the registry at the period's end (here), and the volunteers, teams,
 * activities and approved hours the other services count under its path.
 */
@Injectable()
export class CoverageService {
  constructor(
    private readonly ds: DataSource,
    private readonly coverage: CoverageRepository,
    private readonly nodes: TiersRepository,
    private readonly stations: StationsService,
    private readonly services: ServiceClient,
  ) {}

  async report(caller: CallerContext, query: CoverageQuery): Promise<CoverageReport> {
    let scope = likePatterns(requireScope(caller, 'report'));
    const timezone = await this.stations.timezone(caller.tenantId);
    const period = coveragePeriod(query, todayIn(timezone));
    if (query.tierNodeId) {
      const nodeId = query.tierNodeId;
      const node = await readOnly(this.ds, (manager) => this.nodes.findInTenant(manager, caller.tenantId, nodeId));
      if (!node) throw TierErrors.notFound(nodeId);
      assertCanActOn(caller, node.path, 'report');
      scope = [`${node.path}%`];
    }
    // Read-only and read-heavy: the replica's lag of a moment is invisible in a period's counts.
    const [villages, organisations, sources] = await Promise.all([
      readOnly(this.ds, (manager) => this.coverage.villages(manager, caller.tenantId, scope)),
      readOnly(this.ds, (manager) => this.coverage.organisations(manager, caller.tenantId, scope, period.to)),
      this.sources(caller, rangeIn(timezone, period)),
    ]);
    const registry: CoverageCounts = {
      items: organisations.map(({ tierPath, ...counts }) => ({ tierPath, counts })),
    };
    return coverageReport(period, villages, [registry, ...sources]);
  }

  /** What each counting service holds or did per tier path in the range, within the caller's subtrees. */
  sources(caller: CallerContext, range: CoverageRange): Promise<CoverageCounts[]> {
    return Promise.all(COUNTED_BY.map((op) => this.services.call(op, range, caller, COUNTS_TIMEOUT_MS)));
  }

  async export(caller: CallerContext, query: CoverageExportQuery): Promise<FileReply> {
    const { format = 'xlsx', ...rest } = query;
    const report = await this.report(caller, rest);
    const name = `village-coverage-${report.from}-${report.to}`;
    if (format === 'csv') {
      return {
        filename: `${name}.csv`,
        contentType: 'text/csv; charset=utf-8',
        base64: Buffer.from(coverageCsv(report), 'utf8').toString('base64'),
      };
    }
    const station = await this.stations.get(caller.tenantId);
    return {
      filename: `${name}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: (await coverageXlsx(report, station.name)).toString('base64'),
    };
  }
}
