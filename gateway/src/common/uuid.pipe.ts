import { ParseUUIDPipe } from '@nestjs/common';
import { DomainException } from '#linli/platform';

/** A path id that is not a UUID is a 400 with a stable code, not a lookup. */
export const uuidPipe = new ParseUUIDPipe({
  version: undefined,
  exceptionFactory: () => new DomainException('REQUEST.ID_INVALID', 400, 'id 须为 UUID / id must be a UUID'),
});
