import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  BureauExportQuery,
  BureauReport,
  BureauReportQuery,
  BureauRollup,
  BureauRollupRow,
  FileReply,
} from '#linli/contracts';
import { AccessErrors, readOnly, supervisingCaller, type CallerContext } from '#linli/platform';
import { likePatterns, requireScope } from '../access/access.js';
import { CoverageService } from '../coverage/coverage.service.js';
import { coverageReport, rangeIn } from '../coverage/coverage.rules.js';
import { StationErrors } from '../organisations.errors.js';
import { GrowthService } from '../growth/growth.service.js';
import { BureauReportErrors } from '../organisations.errors.js';
import { StationsService } from '../stations/stations.service.js';
import { todayIn } from '../stations/stations.rules.js';
import { TiersRepository } from '../tiers/tiers.repository.js';
import { bureauPdf, bureauXlsx } from './bureau-files.js';
import { bureauPeriod, bureauReport, rollupRow, sumRollup } from './bureau.rules.js';

/** Stations whose figures a roll-up gathers at once (each asks four services). */
const ROLLUP_CONCURRENCY = 4;

/**
 * The monthly or yearly report for the civil affairs bureau: the registry's growth by type, tier
 * and status (here), volunteers recruited, hours by domain, activities and certificates (asked of
 * their services with the caller's token), in all and per community. The same figures as the API
 * give, for any past month.
 */
@Injectable()
export class BureauService {
  constructor(
    private readonly ds: DataSource,
    private readonly growth: GrowthService,
    private readonly coverage: CoverageService,
    private readonly stations: StationsService,
    private readonly nodes: TiersRepository,
  ) {}

  async report(caller: CallerContext, query: BureauReportQuery): Promise<BureauReport> {
    return (await this.figures(caller, query)).report;
  }

  /** The report, and how many of the station's villages it reached in the period. */
  private async figures(
    caller: CallerContext,
    query: BureauReportQuery,
  ): Promise<{ report: BureauReport; villages: number; villagesReached: number; region: string }> {
    const scope = likePatterns(requireScope(caller, 'report'));
    const station = await this.stations.get(caller.tenantId);
    const period = bureauPeriod(query, todayIn(station.timezone));
    if (typeof period === 'string') throw BureauReportErrors.periodInvalid(period);
    const months = { from: period.from.slice(0, 7), to: period.to.slice(0, 7), interval: 'month' as const };
    const [type, tier, status, sources, nodes] = await Promise.all([
      this.growth.growth(caller, { ...months, by: 'type' }),
      this.growth.growth(caller, { ...months, by: 'tier' }),
      this.growth.growth(caller, { ...months, by: 'status' }),
      this.coverage.sources(caller, rangeIn(station.timezone, period)),
      readOnly(this.ds, (manager) => this.nodes.visible(manager, caller.tenantId, scope)),
    ]);
    const report = bureauReport({
      station: station.name,
      period,
      growth: { type, tier, status },
      sources,
      communities: nodes.filter((n) => n.level === 'community'),
      now: new Date(),
    });
    const villages = nodes
      .filter((n) => n.level === 'village')
      .map((n) => ({ ...n, communityId: n.parentId ?? '', communityName: '' }));
    const coverage = coverageReport(period, villages, sources);
    return {
      report,
      villages: villages.length,
      villagesReached: villages.length - coverage.unreached,
      region: station.region,
    };
  }

  /**
   * A bureau officer's roll-up: each station they supervise, its headline figures computed as
   * its head's report computes them, and their sum. Each station is asked with the officer's
   * supervising identity there, which the services allow only on their counts.
   */
  async rollup(officer: CallerContext, query: BureauReportQuery): Promise<BureauRollup> {
    const supervised = officer.supervises ?? [];
    if (supervised.length === 0) throw AccessErrors.forbidden();
    const rows: BureauRollupRow[] = new Array(supervised.length);
    let period: BureauReport['period'] | undefined;
    let next = 0;
    const worker = async () => {
      while (next < supervised.length) {
        const i = next++;
        const station = supervised[i];
        const f = await this.figures(supervisingCaller(officer, station), query);
        period ??= f.report.period;
        rows[i] = rollupRow(station.stationId, f.region, f.report, f.villages, f.villagesReached);
      }
    };
    await Promise.all(Array.from({ length: Math.min(ROLLUP_CONCURRENCY, supervised.length) }, worker));
    rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    return { period: period!, stations: rows, totals: sumRollup(rows) };
  }

  /** One supervised station's report; a station the officer does not supervise is not found. */
  stationReport(officer: CallerContext, stationId: string, query: BureauReportQuery): Promise<BureauReport> {
    return this.report(this.supervising(officer, stationId), query);
  }

  stationExport(officer: CallerContext, stationId: string, query: BureauExportQuery): Promise<FileReply> {
    return this.export(this.supervising(officer, stationId), query);
  }

  private supervising(officer: CallerContext, stationId: string): CallerContext {
    if (!officer.supervises?.length) throw AccessErrors.forbidden();
    const station = officer.supervises.find((s) => s.stationId === stationId);
    if (!station) throw StationErrors.notFound();
    return supervisingCaller(officer, station);
  }

  async export(caller: CallerContext, query: BureauExportQuery): Promise<FileReply> {
    const report = await this.report(caller, query);
    const name = `bureau-report-${report.period.kind === 'month' ? report.period.from.slice(0, 7) : report.period.from.slice(0, 4)}`;
    if (query.format === 'xlsx') {
      return {
        filename: `${name}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: (await bureauXlsx(report)).toString('base64'),
      };
    }
    return {
      filename: `${name}.pdf`,
      contentType: 'application/pdf',
      base64: (await bureauPdf(report)).toString('base64'),
    };
  }
}
