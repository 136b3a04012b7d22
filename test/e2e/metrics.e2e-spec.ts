import { METRICS_SUBJECT, ServiceClient, type ProcessSnapshot } from '#linli/platform';
import { TestSystem } from './support/system.js';

/** `GET /metrics`: the gateway's and the services' series in Prometheus text, gathered over NATS. */
describe('metrics', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'metrics' });
    await system.as('head');
  });

  afterAll(async () => {
    await system?.close();
  });

  const value = (text: string, pattern: RegExp) => {
    const line = text.split('\n').find((l) => pattern.test(l));
    return line === undefined ? undefined : Number(line.split(' ').pop());
  };

  it('counts requests per route and per subject, and reports outbox backlog, dead letters and consumer lag', async () => {
    for (let i = 0; i < 3; i++) await system.http().get('/api/v1/organisations?pageSize=1').expect(200);
    await system.http().get('/api/v1/organisations/6f9d2b1e-0000-4000-8000-00000000dead').expect(404);
    const res = await system.anonymous().get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.text;
    expect(
      value(text, /^linli_http_request_duration_seconds_count\{.*route="\/api\/v1\/organisations".*status="200"/),
    ).toBeGreaterThanOrEqual(3);
    expect(
      value(text, /^linli_http_request_duration_seconds_count\{.*route="\/api\/v1\/organisations\/:id".*status="404"/),
    ).toBe(1);
    expect(
      value(
        text,
        /^linli_rpc_client_duration_seconds_count\{.*subject="organisations\.organisation\.list".*outcome="ok"/,
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(
      value(
        text,
        /^linli_rpc_handler_duration_seconds_count\{.*subject="organisations\.organisation\.get".*outcome="refused"/,
      ),
    ).toBeGreaterThanOrEqual(1);
    for (const service of ['identity', 'organisations', 'volunteers', 'teams', 'activities', 'hours']) {
      expect({ service, backlog: value(text, new RegExp(`^linli_outbox_backlog\\{.*service="${service}"`)) }).toEqual({
        service,
        backlog: expect.any(Number),
      });
      expect(value(text, new RegExp(`^linli_dead_letters\\{.*service="${service}"`))).toBe(0);
    }
    expect(value(text, /^linli_consumer_pending\{.*consumer="hours-attendance"/)).toEqual(expect.any(Number));
    expect(text).toMatch(/^linli_process_cpu_seconds_total/m);
    // Ids never become labels.
    expect(text).not.toContain('00000000dead');
    // The services answer the scrape over NATS (here all in one process, so one answer).
    const answers = await system.gateway.get(ServiceClient).gather<ProcessSnapshot>(METRICS_SUBJECT, 400);
    expect(answers.length).toBeGreaterThanOrEqual(1);
    expect(answers[0].metrics.map((m) => m.name)).toContain('linli_rpc_handler_duration_seconds');
    // For operators, not part of the public API document.
    const doc = (await system.anonymous().get('/api/docs-json').expect(200)).body as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).not.toContain('/metrics');
  });
});
