// Lint rules for the whole workspace. Not type-aware, to stay fast; `npm run typecheck`
// does the type checking. The import boundaries mirror the Nx tags (docs/STYLE.md): a service
// may use the shared libs only, the gateway talks to services over NATS only, and the
// libs know nothing of either.
import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

// The services of the registry (deploy/services.json, which the launcher and the tests read
// too) plus whatever folder exists, so a new service is covered from its first file.
const planned = JSON.parse(readFileSync(new URL('./deploy/services.json', import.meta.url), 'utf8')).services;
const existing = readdirSync(new URL('./services/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const services = [...new Set([...planned, ...existing])];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const viaLibPath = {
  regex: '(^|/)libs/[^/]+/src(/|$)',
  message: 'Import shared libraries as #linli/<lib>, not by path.',
};
const noGateway = {
  regex: '(^|/)gateway/src(/|$)',
  message: 'Only the gateway imports gateway code.',
};

/** What a file in `services/<name>/` may not import: another service, by any path. */
function serviceBoundary(name) {
  const others = services.filter((other) => other !== name).map(escape);
  const patterns = [
    {
      regex: `(^|/)services/(?!${escape(name)}/)`,
      message: `services/${name} may not import another service; ask it over NATS or keep a copy fed by its events.`,
    },
    viaLibPath,
    noGateway,
  ];
  if (others.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(${others.join('|')})/src(/|$)`,
      message: `services/${name} may not import another service; ask it over NATS or keep a copy fed by its events.`,
    });
  }
  return {
    files: [`services/${name}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'fetch',
    'AbortSignal',
    'AbortController',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'structuredClone',
    'TextEncoder',
    'TextDecoder',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: ['**/dist/', '**/node_modules/', '.data/', '.nx/', 'coverage/', 'console/src/api/schema.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: nodeGlobals },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Logs are structured JSON through the platform logger (docs/STYLE.md).
    files: ['libs/**/*.ts', 'services/**/*.ts', 'gateway/src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  // The web console (console/): Vue single-file components, browser globals, and the API only
  // through its generated client, never by importing the server's code.
  ...pluginVue.configs['flat/recommended'].map((config) => ({ ...config, files: ['console/**/*.{ts,vue,js}'] })),
  {
    files: ['console/**/*.{ts,vue,js}'],
    languageOptions: {
      sourceType: 'module',
      globals: {},
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] },
    },
    rules: {
      'no-undef': 'off',
      // Prettier lays the templates out.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(services|gateway|libs)/',
              message: 'The console reaches the server over HTTP through console/src/api, never by import.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(services|gateway)/', message: 'Shared libraries may not import services or the gateway.' },
            {
              regex: '^(\\.\\./)+(services|gateway)(/|$)',
              message: 'Shared libraries may not import services or the gateway.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['gateway/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)services/', message: 'The gateway reaches services over NATS, never by import.' },
            { regex: '^(\\.\\./)+services(/|$)', message: 'The gateway reaches services over NATS, never by import.' },
            viaLibPath,
          ],
        },
      ],
    },
  },
  ...services.map(serviceBoundary),
);
