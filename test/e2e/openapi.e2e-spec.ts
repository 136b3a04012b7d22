import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '#linli/platform';
import { startTestNats, TEST_SECRET, type TestNats } from '#linli/testing';
import { createGateway, readyGateway } from '../../gateway/src/gateway.app.js';
import { GatewayConfig } from '../../gateway/src/gateway.config.js';

interface Operation {
  parameters?: unknown;
  requestBody?: unknown;
  responses: Record<string, { description?: string; content?: unknown }>;
}
type Document = { paths: Record<string, Record<string, Operation>> };

/** JSON with object keys sorted: two documents that differ only in key order compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** Every way `current` breaks a client written against `baseline`: only additions are allowed. */
export function breakingChanges(baseline: Document, current: Document): string[] {
  const problems: string[] = [];
  for (const [path, methods] of Object.entries(baseline.paths)) {
    for (const [method, before] of Object.entries(methods)) {
      const after = current.paths[path]?.[method];
      const where = `${method.toUpperCase()} ${path}`;
      if (!after) {
        problems.push(`${where}: gone`);
        continue;
      }
      if (canonical(before.parameters ?? []) !== canonical(after.parameters ?? []))
        problems.push(`${where}: parameters changed`);
      if (canonical(before.requestBody ?? null) !== canonical(after.requestBody ?? null))
        problems.push(`${where}: request body changed`);
      const codesAfter = Object.values(after.responses)
        .map((r) => r.description ?? '')
        .join(' ');
      for (const [status, response] of Object.entries(before.responses)) {
        if (!after.responses[status]) {
          problems.push(`${where}: status ${status} no longer documented`);
          continue;
        }
        if (status.startsWith('2') && canonical(response.content) !== canonical(after.responses[status].content))
          problems.push(`${where}: ${status} body changed`);
        const codes = /codes: (.*)$/.exec(response.description ?? '')?.[1].split(', ') ?? [];
        for (const code of codes)
          if (!codesAfter.includes(code)) problems.push(`${where}: code ${code} no longer listed`);
      }
    }
  }
  return problems;
}

/**
 * The public contract only grows: against the document as clients first built on it
 * (openapi.v1.baseline.json), no path, parameter, body or documented status and code is gone.
 */
describe('OpenAPI document', () => {
  let nats: TestNats;
  let gateway: INestApplication;

  beforeAll(async () => {
    nats = await startTestNats();
    gateway = await createGateway(
      loadConfig(GatewayConfig, { NATS_URL: nats.url, AUTH_SECRET: TEST_SECRET, LOG_LEVEL: 'fatal' }),
    );
    await readyGateway(gateway);
  });

  afterAll(async () => {
    await gateway?.close();
    await nats?.close();
  });

  it('keeps every path, parameter, body, status and error code of v1', async () => {
    const res = await request(gateway.getHttpServer()).get('/api/docs-json').expect(200);
    const baseline = JSON.parse(readFileSync(new URL('./openapi.v1.baseline.json', import.meta.url), 'utf8'));
    expect(breakingChanges(baseline, res.body)).toEqual([]);
  });

  it('lists the codes each operation can answer, including those once missing', async () => {
    const res = await request(gateway.getHttpServer()).get('/api/docs-json').expect(200);
    const checkIn = (res.body as Document).paths['/api/v1/shifts/{id}/check-in'].post.responses;
    expect(checkIn['429']?.description).toContain('CHECKIN.TOO_MANY_ATTEMPTS');
    const teamCreate = (res.body as Document).paths['/api/v1/teams'].post.responses;
    expect(teamCreate['409']?.description).toContain('IDEMPOTENCY.IN_PROGRESS');
  });
});
