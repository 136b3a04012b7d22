import { CoverageCounts, CoverageRange } from '../common/coverage.js';
import { event, listOf, operation, serviceApi } from '../api/operation.js';
import { ImportBatchResult, ImportFinishDto, ImportJobDto, ImportRowsDto, ImportStartDto } from './import.dto.js';
import { NationalRecordsQuery, NationalVolunteerRecordDto } from './national-record.dto.js';
import {
  GetVolunteerQuery,
  JoinedDto,
  JoinStationDto,
  ListVolunteersQuery,
  RecruiterDto,
  RecruitersQuery,
  RegisteredVolunteerDto,
  RegisterVolunteerDto,
  UpdateVolunteerDto,
  VolunteerDto,
  VolunteerEventPayload,
  VolunteerPage,
} from './volunteer.dto.js';

const NODE = { 'TIER.NOT_FOUND': 404 } as const;
const VOLUNTEER = { 'VOLUNTEER.NOT_FOUND': 404 } as const;

/** ID number problems: bad input the form can point at (a field error on idNumber, sex or birthDate). */
const ID_NUMBER = {
  'VOLUNTEER.ID_NUMBER_INVALID': 400,
  'VOLUNTEER.ID_CHECKSUM': 400,
  'VOLUNTEER.ID_BIRTH_DATE': 400,
  'VOLUNTEER.ID_SEX_MISMATCH': 400,
  'VOLUNTEER.ID_BIRTH_DATE_MISMATCH': 400,
  'VOLUNTEER.BIRTH_DATE_INVALID': 400,
  'VOLUNTEER.FIELD_REQUIRED': 400,
} as const;

/** A minor without a guardian or the guardian's consent: well formed, but a rule refuses it. */
const GUARDIAN = { 'VOLUNTEER.GUARDIAN_REQUIRED': 422, 'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED': 422 } as const;

/** Registration by a leader or by the volunteer: the real-name rules, the node, uniqueness, the account. */
const REGISTER = {
  ...ID_NUMBER,
  ...NODE,
  ...GUARDIAN,
  'VOLUNTEER.DUPLICATE': 409,
  'VOLUNTEER.RECRUITER_NOT_FOUND': 422,
  /** Passed through from identity: the phone belongs to another user's account. */
  'USER.PHONE_TAKEN': 409,
} as const;

const IMPORT = { 'IMPORT.NOT_FOUND': 404 } as const;

/**
 * What the gateway itself refuses about an uploaded file before any row reaches the service
 * (`POST /volunteers/import`), documented beside the service's import codes.
 */
export const IMPORT_UPLOAD_ERRORS = {
  'IMPORT.TOO_LARGE': 413,
  'IMPORT.UNSUPPORTED_TYPE': 400,
  'IMPORT.EMPTY': 400,
  'IMPORT.UNKNOWN_HEADERS': 400,
  'IMPORT.MISSING_HEADERS': 400,
  /** A CSV file that cannot be read as CSV (an unclosed quote, a row over 1 MB, bytes not in its encoding); `details.row` says where. */
  'IMPORT.CSV_MALFORMED': 400,
} as const;

/**
 * Codes a single import row is rejected with. They never fail the batch: each lands in the
 * batch result's `rejected` list (and the import's answer) with its row number.
 */
const ROW_REJECTIONS = {
  ...ID_NUMBER,
  ...GUARDIAN,
  'VOLUNTEER.DUPLICATE': 409,
  'VOLUNTEER.PHONE_INVALID': 400,
  'VOLUNTEER.SEX_INVALID': 400,
  'IMPORT.TIER_UNKNOWN': 400,
  'IMPORT.TIER_AMBIGUOUS': 400,
  'IMPORT.DUPLICATE_ROW': 400,
} as const;

/** Every operation and event of the volunteers service: real-name profiles, self-registration, imports. */
export const VolunteersApi = serviceApi(
  'volunteers',
  {
    /** What the subtree holds or did per tier path, for the station's village coverage. */
    coverageCounts: operation({
      subject: 'volunteers.coverage.counts',
      input: CoverageRange,
      response: CoverageCounts,
    }),
    register: operation({
      subject: 'volunteers.volunteer.register',
      input: RegisterVolunteerDto,
      response: RegisteredVolunteerDto,
      idempotent: true,
      errors: REGISTER,
    }),
    /**
     * The public join link: no caller, so the station comes from the path and the gateway adds
     * the client address (throttling); an Idempotency-Key travels in the headers as for any call.
     */
    join: operation({
      subject: 'volunteers.volunteer.join',
      input: JoinStationDto,
      fields: { stationId: 'uuid', address: 'string' },
      response: JoinedDto,
      public: true,
      idempotent: true,
      errors: { ...REGISTER, 'JOIN.TOO_MANY_ATTEMPTS': 429 },
    }),
    confirm: operation({
      subject: 'volunteers.volunteer.confirm',
      fields: { id: 'uuid' },
      response: VolunteerDto,
      errors: { ...VOLUNTEER, 'VOLUNTEER.NOT_PENDING': 409 },
    }),
    list: operation({
      subject: 'volunteers.volunteer.list',
      input: ListVolunteersQuery,
      response: VolunteerPage,
      errors: NODE,
    }),
    get: operation({
      subject: 'volunteers.volunteer.get',
      input: GetVolunteerQuery,
      fields: { id: 'uuid' },
      response: VolunteerDto,
      errors: { ...VOLUNTEER, 'VOLUNTEER.REVEAL_FORBIDDEN': 403 },
    }),
    update: operation({
      subject: 'volunteers.volunteer.update',
      input: UpdateVolunteerDto,
      fields: { id: 'uuid' },
      response: VolunteerDto,
      errors: {
        ...VOLUNTEER,
        ...NODE,
        ...GUARDIAN,
        'VOLUNTEER.DUPLICATE': 409,
        'VOLUNTEER.FIELD_FORBIDDEN': 403,
        'VOLUNTEER.RECRUITER_NOT_FOUND': 422,
      },
    }),
    recruiters: operation({
      subject: 'volunteers.recruiter.list',
      input: RecruitersQuery,
      // The answer is a list (at most 20) of RecruiterDto; the route documents it as an array.
      response: listOf(RecruiterDto),
      errors: NODE,
    }),
    /**
     * Not on the public API: the hours service asks it while building the station head's export
     * for the national volunteer information system. The registration fields with the ID number
     * decrypted, for the station head only (any other caller, a system caller included, is 403);
     * every volunteer answered is audited as a full read of their ID number.
     */
    nationalRecords: operation({
      subject: 'volunteers.national_record.list',
      input: NationalRecordsQuery,
      response: listOf(NationalVolunteerRecordDto),
    }),
    importStart: operation({
      subject: 'volunteers.import.start',
      input: ImportStartDto,
      response: ImportJobDto,
      errors: { 'IMPORT.ID_TAKEN': 409 },
    }),
    importRows: operation({
      subject: 'volunteers.import.rows',
      input: ImportRowsDto,
      response: ImportBatchResult,
      errors: { ...IMPORT, ...NODE, ...ROW_REJECTIONS, 'IMPORT.FINISHED': 409 },
    }),
    importFinish: operation({
      subject: 'volunteers.import.finish',
      input: ImportFinishDto,
      response: ImportJobDto,
      errors: IMPORT,
    }),
    importGet: operation({
      subject: 'volunteers.import.get',
      fields: { id: 'uuid' },
      response: ImportJobDto,
      errors: IMPORT,
    }),
  },
  {
    registered: event('evt.volunteers.volunteer.registered', VolunteerEventPayload),
    updated: event('evt.volunteers.volunteer.updated', VolunteerEventPayload),
  },
);
