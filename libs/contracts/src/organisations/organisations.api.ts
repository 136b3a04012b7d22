import { BureauExportQuery, BureauReport, BureauReportQuery, BureauRollup } from './bureau.dto.js';
import { CoverageExportQuery, CoverageQuery, CoverageReport } from './coverage.dto.js';
import { FileReply } from '../hours/hours.dto.js';
import { event, listOf, operation, serviceApi } from '../api/operation.js';
import { CreateStationRecordDto, StationDto } from '../identity/identity.dto.js';
import { GrowthQuery, GrowthReport } from './growth.dto.js';
import {
  ChangeOrganisationStatusDto,
  CreateOrganisationDto,
  ListOrganisationsQuery,
  OrganisationDetailDto,
  OrganisationEventPayload,
  OrganisationPage,
  UpdateOrganisationDto,
} from './organisation.dto.js';
import { StationEventPayload } from './station.dto.js';
import {
  CreateTierNodeDto,
  TierNodeCreatedPayload,
  TierNodeDto,
  TierNodeUpdatedPayload,
  UpdateTierNodeDto,
  TierTreeNodeDto,
} from './tier.dto.js';

export { StationEventPayload } from './station.dto.js';

const TIER = { 'TIER.NOT_FOUND': 404 } as const;
const BUREAU = { 'BUREAU_REPORT.PERIOD_INVALID': 400, 'STATION.NOT_FOUND': 404 } as const;
const COVERAGE = {
  'COVERAGE.RANGE_INVALID': 400,
  'COVERAGE.RANGE_TOO_LONG': 400,
  'TIER.NOT_FOUND': 404,
  'STATION.NOT_FOUND': 404,
} as const;
const ORGANISATION = { 'ORGANISATION.NOT_FOUND': 404 } as const;
/** Operations that need the station's time zone ("today") fail so when the station row is gone. */
const STATION = { 'STATION.NOT_FOUND': 404 } as const;
const TIER_UNIQUE = { 'TIER.NAME_TAKEN': 409, 'TIER.CODE_TAKEN': 409 } as const;
const ORGANISATION_DATES = {
  'ORGANISATION.DATE_INVALID': 400,
  'ORGANISATION.FOUNDED_IN_FUTURE': 422,
  'ORGANISATION.JOINED_IN_FUTURE': 422,
  'ORGANISATION.JOINED_BEFORE_FOUNDED': 422,
} as const;

/** Every operation and event of the organisations service: stations, the tier tree, community organisations, growth. */
export const OrganisationsApi = serviceApi(
  'organisations',
  {
    /** The identity service opens a station here (platform admin only); a retry returns the same station. */
    stationCreate: operation({
      subject: 'organisations.station.create',
      input: CreateStationRecordDto,
      response: StationDto,
      errors: { 'STATION.TIMEZONE_INVALID': 400, 'STATION.NAME_TAKEN': 409 },
    }),
    stationList: operation({ subject: 'organisations.station.list', response: listOf(StationDto) }),
    tierTree: operation({ subject: 'organisations.tier.tree', response: listOf(TierTreeNodeDto) }),
    tierCreate: operation({
      subject: 'organisations.tier.create',
      input: CreateTierNodeDto,
      response: TierNodeDto,
      idempotent: true,
      errors: { 'TIER.PARENT_NOT_FOUND': 404, 'TIER.LEVEL_NOT_ALLOWED': 422, ...TIER_UNIQUE },
    }),
    tierGet: operation({
      subject: 'organisations.tier.get',
      fields: { id: 'uuid' },
      response: TierNodeDto,
      errors: TIER,
    }),
    tierUpdate: operation({
      subject: 'organisations.tier.update',
      input: UpdateTierNodeDto,
      fields: { id: 'uuid' },
      response: TierNodeDto,
      errors: { ...TIER, ...TIER_UNIQUE },
    }),
    organisationCreate: operation({
      subject: 'organisations.organisation.create',
      input: CreateOrganisationDto,
      response: OrganisationDetailDto,
      idempotent: true,
      errors: { ...TIER, ...STATION, 'ORGANISATION.NAME_TAKEN': 409, ...ORGANISATION_DATES },
    }),
    organisationList: operation({
      subject: 'organisations.organisation.list',
      input: ListOrganisationsQuery,
      response: OrganisationPage,
      errors: TIER,
    }),
    organisationGet: operation({
      subject: 'organisations.organisation.get',
      fields: { id: 'uuid' },
      response: OrganisationDetailDto,
      errors: ORGANISATION,
    }),
    organisationUpdate: operation({
      subject: 'organisations.organisation.update',
      input: UpdateOrganisationDto,
      fields: { id: 'uuid' },
      response: OrganisationDetailDto,
      errors: {
        ...ORGANISATION,
        ...TIER,
        ...STATION,
        'ORGANISATION.NAME_TAKEN': 409,
        ...ORGANISATION_DATES,
        'ORGANISATION.DATES_CONFLICT_WITH_HISTORY': 422,
      },
    }),
    organisationChangeStatus: operation({
      subject: 'organisations.organisation.change_status',
      input: ChangeOrganisationStatusDto,
      fields: { id: 'uuid' },
      response: OrganisationDetailDto,
      errors: {
        ...ORGANISATION,
        ...STATION,
        'ORGANISATION.STATUS_UNCHANGED': 409,
        'ORGANISATION.DISSOLVED': 409,
        'ORGANISATION.DATE_INVALID': 400,
        'ORGANISATION.EFFECTIVE_DATE_IN_FUTURE': 422,
        'ORGANISATION.EFFECTIVE_DATE_TOO_EARLY': 422,
      },
    }),
    growthGet: operation({
      subject: 'organisations.growth.get',
      input: GrowthQuery,
      response: GrowthReport,
      errors: { 'GROWTH.RANGE_INVALID': 400, 'GROWTH.RANGE_TOO_LONG': 400, ...TIER, ...STATION },
    }),
    /** Every village of the subtree with what it holds and did in the period; asks teams, volunteers, activities and hours. */
    coverageGet: operation({
      subject: 'organisations.coverage.get',
      input: CoverageQuery,
      response: CoverageReport,
      errors: COVERAGE,
    }),
    /** The monthly or yearly report for the civil affairs bureau; asks volunteers, activities and hours. */
    bureauReportGet: operation({
      subject: 'organisations.bureau_report.get',
      input: BureauReportQuery,
      response: BureauReport,
      errors: BUREAU,
    }),
    /** The same report as a printable A4 PDF or an XLSX workbook. */
    bureauReportExport: operation({
      subject: 'organisations.bureau_report.export',
      input: BureauExportQuery,
      response: FileReply,
      errors: BUREAU,
    }),
    /** A bureau officer's roll-up: each supervised station's headline figures for the period, and their sum. */
    bureauRollup: operation({
      subject: 'organisations.bureau.rollup',
      input: BureauReportQuery,
      response: BureauRollup,
      errors: BUREAU,
    }),
    /** One supervised station's bureau report, as its head would get it; another station is 404. */
    bureauStationReport: operation({
      subject: 'organisations.bureau.station_report',
      fields: { stationId: 'uuid' },
      input: BureauReportQuery,
      response: BureauReport,
      errors: BUREAU,
    }),
    bureauStationExport: operation({
      subject: 'organisations.bureau.station_export',
      fields: { stationId: 'uuid' },
      input: BureauExportQuery,
      response: FileReply,
      errors: BUREAU,
    }),
    /** The same report as a file (XLSX or CSV). */
    coverageExport: operation({
      subject: 'organisations.coverage.export',
      input: CoverageExportQuery,
      response: FileReply,
      errors: COVERAGE,
    }),
  },
  {
    organisationCreated: event('evt.organisations.organisation.created', OrganisationEventPayload),
    organisationUpdated: event('evt.organisations.organisation.updated', OrganisationEventPayload),
    organisationStatusChanged: event('evt.organisations.organisation.status_changed', OrganisationEventPayload),
    tierNodeCreated: event('evt.organisations.tier_node.created', TierNodeCreatedPayload),
    tierNodeUpdated: event('evt.organisations.tier_node.updated', TierNodeUpdatedPayload),
    /** A station was opened (its row and root node committed); other services learn its time zone from it. */
    stationCreated: event('evt.organisations.station.created', StationEventPayload),
  },
);
