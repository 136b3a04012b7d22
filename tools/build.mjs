// Compiles every TypeScript source of the workspace to dist/ with swc (keeps decorator
// metadata, which Nest's dependency injection and class-validator rely on), then copies
// static assets, and builds the web console with Vite into dist/gateway/web. Type checking is
// `npm run typecheck`; this step only transpiles.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const roots = ['libs', 'services', 'gateway', 'deploy', 'test'];
rmSync('dist', { recursive: true, force: true });
execFileSync(
  'npx',
  [
    'swc',
    ...roots,
    '-d',
    'dist',
    '--config-file',
    '.swcrc',
    '--only',
    '**/*.ts',
    '--ignore',
    '**/*.spec.ts,**/*.e2e-spec.ts,**/*.int-spec.ts',
    '--quiet',
  ],
  { stdio: 'inherit' },
);
// The service registry travels with the compiled code (the gateway's health check reads it).
cpSync('deploy/services.json', 'dist/deploy/services.json');
execFileSync('npx', ['vite', 'build', '--config', 'console/vite.config.ts', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
