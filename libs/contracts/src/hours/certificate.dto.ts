import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DATE_PATTERN } from '../common/id.js';

const dateMessage = { message: '$property 须为 YYYY-MM-DD 日期 / must be a YYYY-MM-DD date' };
export const CERTIFICATE_NUMBER_PATTERN = /^[A-Z]{1,6}-\d{4}-\d{6}$/;
export const VERIFICATION_CODE_PATTERN = /^[0-9A-Z]{12}$/;

export class IssueCertificateDto {
  @ApiPropertyOptional({
    example: '2021-01-01',
    description: '起（含），缺省为全部 / from (inclusive); all time when absent',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  from?: string;

  @ApiPropertyOptional({
    example: '2021-11-30',
    description: '止（含），缺省为今天 / to (inclusive); today when absent',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  to?: string;

  @ApiPropertyOptional({ maxLength: 200, description: '备注 / notes printed on the certificate' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  notes?: string;
}

export class RevokeCertificateDto {
  @ApiProperty({ maxLength: 500, example: '时长记录经更正，已重新出具' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class CertificateIssuedDto {
  @ApiProperty({ example: 'JL-2021-000123' }) number: string;
  @ApiProperty({ example: '7K3QH2M9XW4C' }) verificationCode: string;
  @ApiProperty({ example: '/api/v1/certificates/JL-2021-000123.pdf' }) pdfUrl: string;
  @ApiProperty({ example: '/api/v1/certificates/verify/7K3QH2M9XW4C' }) verifyUrl: string;
  @ApiProperty() approvedMinutes: number;
  @ApiProperty() hours: number;
  @ApiProperty({ nullable: true, type: String }) periodFrom: string | null;
  @ApiProperty() periodTo: string;
  @ApiProperty() issuedAt: string;
}

export const CERTIFICATE_STANDINGS = ['valid', 'revoked', 'superseded'] as const;
export type CertificateStanding = (typeof CERTIFICATE_STANDINGS)[number];

/** What anyone holding a certificate can check, without logging in; personal data masked. */
export class CertificateVerificationDto {
  @ApiProperty({ example: 'JL-2021-000123' }) number: string;
  @ApiProperty({ enum: CERTIFICATE_STANDINGS }) status: CertificateStanding;
  @ApiProperty({ example: '陈*愿', description: '姓名（掩码）/ name, masked' }) volunteerName: string;
  @ApiProperty() approvedMinutes: number;
  @ApiProperty() hours: number;
  @ApiProperty({ nullable: true, type: String }) periodFrom: string | null;
  @ApiProperty() periodTo: string;
  @ApiProperty() issuer: string;
  @ApiProperty({ example: '2021-11-30' }) issuedOn: string;
  @ApiPropertyOptional() revokedOn?: string;
  @ApiPropertyOptional() revokedReason?: string;
  @ApiPropertyOptional() supersededBy?: string;
}
