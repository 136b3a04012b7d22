import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BureauExportQuery, BureauReport, BureauReportQuery, FileReply } from '#linli/contracts';
import type { CallerContext } from '#linli/platform';
import { likePatterns, requireScope } from '../access/access.js';
import { CoverageService } from '../coverage/coverage.service.js';
import { rangeIn } from '../coverage/coverage.rules.js';
import { GrowthService } from '../growth/growth.service.js';
import { BureauReportErrors } from '../organisations.errors.js';
import { StationsService } from '../stations/stations.service.js';
import { todayIn } from '../stations/stations.rules.js';
import { TiersRepository } from '../tiers/tiers.repository.js';
import { bureauPdf, bureauXlsx } from './bureau-files.js';
import { bureauPeriod, bureauReport } from './bureau.rules.js';

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
    const scope = likePatterns(requireScope(caller, 'read'));
    const station = await this.stations.get(caller.tenantId);
    const period = bureauPeriod(query, todayIn(station.timezone));
    if (typeof period === 'string') throw BureauReportErrors.periodInvalid(period);
    const months = { from: period.from.slice(0, 7), to: period.to.slice(0, 7), interval: 'month' as const };
    const [type, tier, status, sources, nodes] = await Promise.all([
      this.growth.growth(caller, { ...months, by: 'type' }),
      this.growth.growth(caller, { ...months, by: 'tier' }),
      this.growth.growth(caller, { ...months, by: 'status' }),
      this.coverage.sources(caller, rangeIn(station.timezone, period)),
      this.nodes.visible(this.ds.manager, caller.tenantId, scope),
    ]);
    return bureauReport({
      station: station.name,
      period,
      growth: { type, tier, status },
      sources,
      communities: nodes.filter((n) => n.level === 'community'),
      now: new Date(),
    });
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
