import {
  IsInt,
  IsString,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { ServiceConfig } from '#linli/platform';
import { FieldCipher } from './crypto/field-cipher.js';

@ValidatorConstraint({ name: 'dataKey' })
class IsDataKey implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    try {
      FieldCipher.parseKey(String(value));
      return true;
    } catch {
      return false;
    }
  }

  defaultMessage(): string {
    return 'DATA_KEY must be 32 bytes, as 64 hex characters or base64 (e.g. `openssl rand -base64 32`)';
  }
}

export class VolunteersConfig extends ServiceConfig {
  /** Encrypts ID numbers and guardian phones at rest; losing it loses them, changing it needs re-encryption. */
  @IsString()
  @Validate(IsDataKey)
  DATA_KEY: string;

  /** Public join-link sign-ups accepted per client address within the window. */
  @IsInt()
  @Min(1)
  JOIN_MAX_PER_ADDRESS: number = 10;

  @IsInt()
  @Min(10)
  JOIN_WINDOW_SECONDS: number = 900;
}
