import { DomainException } from '#linli/platform';

export const CertificateErrors = {
  notFound: (number: string) =>
    new DomainException('CERTIFICATE.NOT_FOUND', 404, '证明不存在 / Certificate not found', { number }),
  codeUnknown: () =>
    new DomainException(
      'CERTIFICATE.CODE_UNKNOWN',
      404,
      '验证码无对应证明 / No certificate has this verification code',
    ),
  alreadyRevoked: (number: string) =>
    new DomainException('CERTIFICATE.ALREADY_REVOKED', 409, '证明已撤销 / The certificate is already revoked', {
      number,
    }),
  nothingToCertify: () =>
    new DomainException(
      'CERTIFICATE.NO_APPROVED_HOURS',
      422,
      '该期间没有已审核的服务时长 / No approved hours in this period',
    ),
  sequenceExhausted: () =>
    new DomainException(
      'CERTIFICATE.SEQUENCE_EXHAUSTED',
      409,
      '本年度证明编号已用尽 / Certificate numbers for this year are used up',
    ),
};
