import { Controller } from '@nestjs/common';
import { HoursApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext, type CallerOf } from '#linli/platform';
import { CertificatesService } from '../certificates/certificates.service.js';

const api = HoursApi.operations;

/** Certificates over NATS: issue, the PDF, the public check, revocation. */
@Controller()
export class CertificatesHandlers {
  constructor(private readonly certificates: CertificatesService) {}

  @Handle(api.certificateIssue)
  issue({ id, ...period }: RequestOf<typeof api.certificateIssue>, caller: CallerContext) {
    return this.certificates.issue(caller, id, period);
  }

  @Handle(api.certificatePdf)
  pdf({ number, baseUrl }: RequestOf<typeof api.certificatePdf>, caller: CallerContext) {
    return this.certificates.pdf(caller, number, baseUrl);
  }

  /** Public: no caller, anyone holding a certificate may check it. */
  @Handle(api.certificateVerify)
  verify({ code }: RequestOf<typeof api.certificateVerify>, _caller: CallerOf<typeof api.certificateVerify>) {
    return this.certificates.verify(code);
  }

  @Handle(api.certificateRevoke)
  revoke({ number, reason }: RequestOf<typeof api.certificateRevoke>, caller: CallerContext) {
    return this.certificates.revoke(caller, number, reason);
  }
}
