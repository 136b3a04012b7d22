import { Controller } from '@nestjs/common';
import { HoursApi, type RequestOf, type ResponseOf } from '#linli/contracts';
import { Handle, type CallerContext, type CallerOf } from '#linli/platform';
import { CertificatesService } from '../certificates/certificates.service.js';

const api = HoursApi.operations;

/** What `@Handle(op)` lets a handler answer. */
type Answer<O> = Promise<ResponseOf<O>> | ResponseOf<O>;

/** Certificates over NATS: issue, the PDF, the public check, revocation. */
@Controller()
export class CertificatesHandlers {
  constructor(private readonly certificates: CertificatesService) {}

  @Handle(api.certificateIssue)
  issue(
    { id, ...period }: RequestOf<typeof api.certificateIssue>,
    caller: CallerContext,
  ): Answer<typeof api.certificateIssue> {
    return this.certificates.issue(caller, id, period);
  }

  @Handle(api.certificatePdf)
  pdf(
    { number, baseUrl }: RequestOf<typeof api.certificatePdf>,
    caller: CallerContext,
  ): Answer<typeof api.certificatePdf> {
    return this.certificates.pdf(caller, number, baseUrl);
  }

  /** Public: no caller, anyone holding a certificate may check it. */
  @Handle(api.certificateVerify)
  verify(
    { code }: RequestOf<typeof api.certificateVerify>,
    _caller: CallerOf<typeof api.certificateVerify>,
  ): Answer<typeof api.certificateVerify> {
    return this.certificates.verify(code);
  }

  @Handle(api.certificateRevoke)
  revoke(
    { number, reason }: RequestOf<typeof api.certificateRevoke>,
    caller: CallerContext,
  ): Answer<typeof api.certificateRevoke> {
    return this.certificates.revoke(caller, number, reason);
  }
}
