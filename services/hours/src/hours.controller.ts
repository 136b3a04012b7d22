import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ApproveHoursRequest,
  BulkApproveDto,
  CertificateNumberRequest,
  CreateHoursEntryDto,
  HoursExportQuery,
  HoursQueueQuery,
  HoursSettingsDto,
  HoursSubjects,
  IssueCertificateRequest,
  OptionalReasonRequest,
  ReasonRequest,
  RequestCorrectionRequest,
  RevokeCertificateRequest,
  VerificationCodeRequest,
  VolunteerHoursRequest,
} from '#linli/contracts';
import { Caller, type CallerContext } from '#linli/platform';
import { CertificatesService } from './certificates/certificates.service.js';
import { HoursExportService } from './exports/hours-export.js';
import { HoursService } from './ledger/hours.service.js';
import { StationSettingsService } from './settings/station-settings.js';

@Controller()
export class HoursController {
  constructor(
    private readonly hours: HoursService,
    private readonly exports: HoursExportService,
    private readonly settings: StationSettingsService,
  ) {}

  @MessagePattern(HoursSubjects.volunteerHours)
  volunteerHours(@Payload() request: VolunteerHoursRequest, @Caller() caller: CallerContext) {
    return this.hours.volunteerHours(caller, request.volunteerId, request);
  }

  @MessagePattern(HoursSubjects.entryCreate)
  create(@Payload() dto: CreateHoursEntryDto, @Caller() caller: CallerContext) {
    return this.hours.create(caller, dto);
  }

  @MessagePattern(HoursSubjects.entryApprove)
  approve(@Payload() request: ApproveHoursRequest, @Caller() caller: CallerContext) {
    return this.hours.approve(caller, request.id, request.decision.minutes);
  }

  @MessagePattern(HoursSubjects.entryReject)
  reject(@Payload() request: ReasonRequest, @Caller() caller: CallerContext) {
    return this.hours.reject(caller, request.id, request.body.reason);
  }

  @MessagePattern(HoursSubjects.entryApproveMany)
  approveMany(@Payload() dto: BulkApproveDto, @Caller() caller: CallerContext) {
    return this.hours.approveMany(caller, dto.ids);
  }

  @MessagePattern(HoursSubjects.entryList)
  list(@Payload() query: HoursQueueQuery, @Caller() caller: CallerContext) {
    return this.hours.list(caller, query);
  }

  @MessagePattern(HoursSubjects.correctionRequest)
  requestCorrection(@Payload() request: RequestCorrectionRequest, @Caller() caller: CallerContext) {
    return this.hours.requestCorrection(caller, request.id, request.correction);
  }

  @MessagePattern(HoursSubjects.correctionAccept)
  acceptCorrection(@Payload() request: OptionalReasonRequest, @Caller() caller: CallerContext) {
    return this.hours.acceptCorrection(caller, request.id, request.body.reason);
  }

  @MessagePattern(HoursSubjects.correctionRefuse)
  refuseCorrection(@Payload() request: OptionalReasonRequest, @Caller() caller: CallerContext) {
    return this.hours.refuseCorrection(caller, request.id, request.body.reason);
  }

  @MessagePattern(HoursSubjects.exportBuild)
  export(@Payload() query: HoursExportQuery, @Caller() caller: CallerContext) {
    return this.exports.build(caller, query);
  }

  @MessagePattern(HoursSubjects.settingsGet)
  getSettings(@Caller() caller: CallerContext) {
    return this.settings.get(caller);
  }

  @MessagePattern(HoursSubjects.settingsUpdate)
  updateSettings(@Payload() dto: HoursSettingsDto, @Caller() caller: CallerContext) {
    return this.settings.update(caller, dto);
  }
}

@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @MessagePattern(HoursSubjects.certificateIssue)
  issue(@Payload() request: IssueCertificateRequest, @Caller() caller: CallerContext) {
    return this.certificates.issue(caller, request.volunteerId, request.period);
  }

  @MessagePattern(HoursSubjects.certificatePdf)
  pdf(@Payload() request: CertificateNumberRequest, @Caller() caller: CallerContext) {
    return this.certificates.pdf(caller, request.number, request.baseUrl);
  }

  /** Public: no caller, anyone holding a certificate may check it. */
  @MessagePattern(HoursSubjects.certificateVerify)
  verify(@Payload() request: VerificationCodeRequest) {
    return this.certificates.verify(request.code);
  }

  @MessagePattern(HoursSubjects.certificateRevoke)
  revoke(@Payload() request: RevokeCertificateRequest, @Caller() caller: CallerContext) {
    return this.certificates.revoke(caller, request.number, request.body.reason);
  }
}
