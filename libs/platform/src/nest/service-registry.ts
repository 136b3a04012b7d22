import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository (or image) root: the nearest folder above this file holding
 * `deploy/services.json`, from the sources under tests or from `dist/` when compiled.
 */
export function registryRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'deploy', 'services.json'))) return dir;
    if (dirname(dir) === dir) throw new Error('deploy/services.json not found above ' + from);
  }
}

let names: readonly string[] | undefined;

/**
 * Every service, in boot and seed order: the one registry (deploy/services.json) that the
 * launcher, the migration commands, the gateway's health check, the whole-system tests and
 * the lint boundaries all read.
 */
export function serviceNames(): readonly string[] {
  names ??= (
    JSON.parse(readFileSync(join(registryRoot(), 'deploy', 'services.json'), 'utf8')) as { services: string[] }
  ).services;
  return names;
}
