import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but null is no value for it: unlike `@IsOptional()`, which lets
 * null through to the handler, a null here meets the field's other validators and is refused.
 * For settings whose column holds no null.
 */
export const IsOmittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
