import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { tokenKeysOf, TokenKeyError, type TokenKeySettings } from '../auth/token-keys.js';

/** Why the token keys of a config do not fit together, or undefined when they do. */
function tokenKeyProblem(config: TokenKeySettings): string | undefined {
  try {
    tokenKeysOf(config);
    return undefined;
  } catch (error) {
    if (error instanceof TokenKeyError) return error.message;
    throw error;
  }
}

/**
 * Checks the `AUTH_*` key settings of a config class together, at boot: each key parses, each
 * signing key's public half is published in `AUTH_PUBLIC_KEYS`, and a process has either the
 * key set or `AUTH_SECRET` alone. The message names the key and what is wrong with it.
 */
export function ValidTokenKeys(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'validTokenKeys',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (_value: unknown, args: ValidationArguments) =>
          tokenKeyProblem(args.object as TokenKeySettings) === undefined,
        defaultMessage: (args: ValidationArguments) => tokenKeyProblem(args.object as TokenKeySettings) ?? '',
      },
    });
}

/** Whether a config names any asymmetric key, so its key settings must be checked together. */
export function usesTokenKeys(config: TokenKeySettings): boolean {
  return Boolean(config.AUTH_PUBLIC_KEYS || config.AUTH_IDENTITY_KEY || config.AUTH_SERVICE_KEY);
}
