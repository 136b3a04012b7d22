// The console's API types are generated from the gateway's own OpenAPI document (the one served at
// /api/docs-json), so a changed endpoint or schema fails the console's type check, not its users.
// `npm run api:client` writes them; a unit test fails while the written file is out of date.
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '#linli/platform';
import { apiDocument, createGateway } from './gateway.app.js';
import { GatewayConfig } from './gateway.config.js';

/** Where the generated types live, from the workspace root. */
export const CONSOLE_CLIENT_TYPES = 'console/src/api/schema.d.ts';

const HEADER = `// Generated from the gateway's OpenAPI document by \`npm run api:client\`. Do not edit.\n`;

/** The OpenAPI document, built from the controllers without connecting to NATS or serving. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const app = await createGateway(
    loadConfig(GatewayConfig, {
      NATS_URL: 'nats://127.0.0.1:1',
      LOG_LEVEL: 'fatal',
      AUTH_SECRET: 'openapi-document-only-never-verifies',
    }),
  );
  try {
    return JSON.parse(JSON.stringify(apiDocument(app))) as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** TypeScript types of every path, operation and schema of the API (openapi-typescript). */
export async function consoleClientTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { alphabetize: true });
  return HEADER + astToString(ast);
}
