/**
 * The shape every service keeps (docs/ARCHITECTURE.md, "Service skeleton"), checked on the
 * source tree so a drift fails the unit tests instead of waiting for a reviewer.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVICES: string[] = JSON.parse(readFileSync(join(ROOT, 'deploy/services.json'), 'utf8')).services;

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) ? [path] : [];
  });
}

/** Relative imports of a file, resolved to the .ts files they name. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)]
    .map((m) => resolve(dirname(file), m[1]).replace(/\.js$/, '.ts'))
    .filter((path) => existsSync(path));
}

/** One import cycle among `files`, or undefined. */
function findCycle(files: string[]): string[] | undefined {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle) return cycle.map((f) => relative(ROOT, f));
  }
  return undefined;
}

describe('service skeleton', () => {
  it.each(SERVICES)('%s has the skeleton folders and files', (name) => {
    const src = join(ROOT, 'services', name, 'src');
    for (const part of [
      'handlers',
      'migrations',
      'seed',
      `${name}.errors.ts`,
      `${name}.definition.ts`,
      `${name}.module.ts`,
      'main.ts',
    ]) {
      expect([name, part, existsSync(join(src, part))]).toEqual([name, part, true]);
    }
    expect(existsSync(join(src, 'testing'))).toBe(false);
  });

  it.each(SERVICES)(
    '%s declares NATS handlers only in src/handlers, consumers in src/consumers, jobs in src/jobs',
    (name) => {
      const src = join(ROOT, 'services', name, 'src');
      const misplaced = sources(src).flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const where = relative(src, file);
        const out: string[] = [];
        if (/@(MessagePattern|Handle)\(/.test(text) && !where.startsWith('handlers/')) out.push(`${where}: handler`);
        if (/inboxConsumerHost[<(]/.test(text) && !where.startsWith('consumers/')) out.push(`${where}: consumer`);
        if (/@(Cron|Interval|Timeout)\(/.test(text) && !where.startsWith('jobs/')) out.push(`${where}: job`);
        return out;
      });
      expect(misplaced).toEqual([]);
    },
  );

  it.each(SERVICES)('%s keeps its SQL in repositories (and migrations, seeds)', (name) => {
    const src = join(ROOT, 'services', name, 'src');
    const outside = sources(src)
      .filter((file) => /\.query\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file))
      .filter((where) => !/\.repository\.ts$/.test(where) && !/^(migrations|seed)\//.test(where));
    expect(outside).toEqual([]);
  });

  it.each([...SERVICES.map((s) => `services/${s}`), 'gateway', 'libs/contracts', 'libs/platform', 'libs/testing'])(
    '%s has no import cycle',
    (project) => {
      expect(findCycle(sources(join(ROOT, project)))).toBeUndefined();
    },
  );

  it('the gateway calls services only through declared operations', () => {
    const raw = sources(join(ROOT, 'gateway/src'))
      .filter((file) => !file.includes('/common/') && /services\.send\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(raw).toEqual([]);
  });

  it('comments point at the design documents inside the repository', () => {
    for (const doc of ['ARCHITECTURE', 'DOMAIN', 'API', 'STYLE'].map((name) => `${name}.md`)) {
      expect([doc, existsSync(join(ROOT, 'docs', doc))]).toEqual([doc, true]);
    }
    const bare = ['libs', 'services', 'gateway', 'deploy', 'test']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter((file) => /(?<!docs\/)(ARCHITECTURE|DOMAIN|API|STYLE|STACK)\.md/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(bare).toEqual([]);
  });
});
