import { CoverageCounts, CoverageRange } from '../common/coverage.js';
import { event, operation, serviceApi } from '../api/operation.js';
import {
  CertificateIssuedDto,
  CertificateVerificationDto,
  IssueCertificateDto,
  RevokeCertificateDto,
} from './certificate.dto.js';
import {
  ApproveHoursDto,
  BulkApproveDto,
  BulkApproveResult,
  CreateHoursEntryDto,
  FileReply,
  HoursEntryDto,
  HoursEntryPage,
  HoursExportQuery,
  HoursPeriodQuery,
  HoursQueueQuery,
  HoursSettingsDto,
  HoursSettingsView,
  OptionalReasonDto,
  ReasonDto,
  RequestCorrectionDto,
  StarLevelChangedPayload,
  VolunteerHoursDto,
} from './hours.dto.js';
import { NationalExportQuery } from './national-export.dto.js';

const RANGE = { 'HOURS.RANGE_INVALID': 400 } as const;
const VOLUNTEER = { 'HOURS.VOLUNTEER_NOT_FOUND': 404 } as const;
const NODE = { 'TIER.NOT_FOUND': 404 } as const;
/** What a decision on an entry can run into: the entry's state moved on, or a correction replaced it. */
const DECISION = {
  'HOURS.ALREADY_DECIDED': 409,
  'HOURS.NOT_PENDING': 409,
  'HOURS.SUPERSEDED': 409,
} as const;
const ENTRY = { 'HOURS.ENTRY_NOT_FOUND': 404, 'HOURS.IS_CORRECTION': 409, ...DECISION } as const;
const CORRECTION = { 'HOURS.NOT_A_CORRECTION': 404, ...DECISION } as const;
const CERTIFICATE = { 'CERTIFICATE.NOT_FOUND': 404 } as const;

/**
 * Every operation and event of the hours service: the append-only ledger, approvals and
 * corrections, star levels, certificates, exports and the station's hours settings.
 */
export const HoursApi = serviceApi(
  'hours',
  {
    /** What the subtree holds or did per tier path, for the station's village coverage. */
    coverageCounts: operation({ subject: 'hours.coverage.counts', input: CoverageRange, response: CoverageCounts }),
    summaryGet: operation({
      subject: 'hours.summary.get',
      input: HoursPeriodQuery,
      fields: { id: 'uuid' },
      response: VolunteerHoursDto,
      errors: { ...VOLUNTEER, ...RANGE },
    }),
    entryCreate: operation({
      subject: 'hours.entry.create',
      input: CreateHoursEntryDto,
      response: HoursEntryDto,
      idempotent: true,
      errors: { ...VOLUNTEER, ...NODE, 'HOURS.DATE_IN_FUTURE': 422 },
    }),
    entryList: operation({
      subject: 'hours.entry.list',
      input: HoursQueueQuery,
      response: HoursEntryPage,
      errors: NODE,
    }),
    entryApprove: operation({
      subject: 'hours.entry.approve',
      input: ApproveHoursDto,
      fields: { id: 'uuid' },
      response: HoursEntryDto,
      errors: { ...ENTRY, 'HOURS.EXTENSION_INVALID': 422 },
    }),
    entryReject: operation({
      subject: 'hours.entry.reject',
      input: ReasonDto,
      fields: { id: 'uuid' },
      response: HoursEntryDto,
      errors: ENTRY,
    }),
    entryApproveMany: operation({
      subject: 'hours.entry.approve_many',
      input: BulkApproveDto,
      response: BulkApproveResult,
    }),
    correctionRequest: operation({
      subject: 'hours.correction.request',
      input: RequestCorrectionDto,
      fields: { id: 'uuid' },
      response: HoursEntryDto,
      idempotent: true,
      errors: { 'HOURS.ENTRY_NOT_FOUND': 404, 'HOURS.CORRECTION_OPEN': 409, 'HOURS.SUPERSEDED': 409 },
    }),
    correctionAccept: operation({
      subject: 'hours.correction.accept',
      input: OptionalReasonDto,
      fields: { id: 'uuid' },
      response: HoursEntryDto,
      errors: CORRECTION,
    }),
    correctionRefuse: operation({
      subject: 'hours.correction.refuse',
      input: OptionalReasonDto,
      fields: { id: 'uuid' },
      response: HoursEntryDto,
      errors: CORRECTION,
    }),
    /** Answers a FileReply (CSV or XLSX) the gateway sends as the body. */
    exportBuild: operation({
      subject: 'hours.export.build',
      input: HoursExportQuery,
      response: FileReply,
      errors: RANGE,
    }),
    /**
     * Answers a FileReply: the station's volunteers and approved service records in the national
     * volunteer information system's import format (XLSX, or the records alone as CSV).
     */
    nationalExport: operation({
      subject: 'hours.export.national',
      input: NationalExportQuery,
      response: FileReply,
      errors: RANGE,
    }),
    settingsGet: operation({ subject: 'hours.settings.get', response: HoursSettingsView }),
    settingsUpdate: operation({
      subject: 'hours.settings.update',
      input: HoursSettingsDto,
      response: HoursSettingsView,
    }),
    certificateIssue: operation({
      subject: 'hours.certificate.issue',
      input: IssueCertificateDto,
      fields: { id: 'uuid' },
      response: CertificateIssuedDto,
      idempotent: true,
      errors: {
        ...VOLUNTEER,
        ...RANGE,
        'CERTIFICATE.NO_APPROVED_HOURS': 422,
        'CERTIFICATE.SEQUENCE_EXHAUSTED': 409,
      },
    }),
    /**
     * Answers a FileReply (the PDF). `baseUrl` is where the gateway is reached (absent when the
     * host is unusable), so the QR code on the PDF opens the public check.
     */
    certificatePdf: operation({
      subject: 'hours.certificate.pdf',
      fields: { number: 'string', baseUrl: 'string?' },
      response: FileReply,
      errors: CERTIFICATE,
    }),
    certificateVerify: operation({
      subject: 'hours.certificate.verify',
      fields: { code: 'string' },
      response: CertificateVerificationDto,
      public: true,
      errors: { 'CERTIFICATE.CODE_UNKNOWN': 404 },
    }),
    certificateRevoke: operation({
      subject: 'hours.certificate.revoke',
      input: RevokeCertificateDto,
      fields: { number: 'string' },
      response: CertificateVerificationDto,
      errors: { ...CERTIFICATE, 'CERTIFICATE.ALREADY_REVOKED': 409 },
    }),
  },
  {
    starLevelChanged: event('evt.hours.star_level.changed', StarLevelChangedPayload),
  },
);
