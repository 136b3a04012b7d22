import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoId } from '#linli/contracts';
import { tracing } from '#linli/platform';
import { waitFor } from '#linli/testing';
import { TestSystem } from './support/system.js';

/** A span as the OTLP/HTTP JSON exporter posts it (ids in hex). */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}

const KIND = { server: 2, client: 3, producer: 4, consumer: 5 };

/** The smallest OTLP receiver: collects what is POSTed to /v1/traces. */
class OtlpReceiver {
  readonly posts: { path: string; contentType: string }[] = [];
  readonly spans: OtlpSpan[] = [];
  private server: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.posts.push({ path: req.url ?? '', contentType: String(req.headers['content-type']) });
        if (req.url === '/v1/traces' && String(req.headers['content-type']).includes('json')) {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
          };
          for (const r of body.resourceSpans) for (const s of r.scopeSpans) this.spans.push(...s.spans);
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue !== undefined ? Number(value.intValue) : undefined);
};

const isPostgres = (span: OtlpSpan) =>
  attribute(span, 'db.system.name') === 'postgresql' || attribute(span, 'db.system') === 'postgresql';

/** An organisation of the demo station, through the list. */
async function anOrganisationId(system: TestSystem): Promise<string> {
  const list = await system.http().get('/api/v1/organisations?pageSize=1').expect(200);
  return list.body.items[0].id as string;
}

/**
 * Traces over OTLP: one trace per request from the gateway's HTTP span through the NATS call
 * and the service's handler to its PostgreSQL queries; nothing at all without an endpoint.
 */
describe('traces', () => {
  const receiver = new OtlpReceiver();
  let endpoint: string;

  beforeAll(async () => {
    // Export within a fraction of a second instead of the SDK's five.
    process.env.OTEL_BSP_SCHEDULE_DELAY = '100';
    endpoint = await receiver.start();
  });

  afterAll(async () => {
    await receiver.close();
    delete process.env.OTEL_BSP_SCHEDULE_DELAY;
  });

  describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    let system: TestSystem;

    beforeAll(async () => {
      system = await TestSystem.start({ label: 'traces_off' });
      await system.as('head');
    });

    afterAll(async () => {
      await system?.close();
    });

    it('starts no SDK and sends nothing', async () => {
      const id = await anOrganisationId(system);
      await system.http().get(`/api/v1/organisations/${id}`).expect(200);
      await new Promise((r) => setTimeout(r, 1000));
      expect(tracing.on).toBe(false);
      expect(receiver.posts).toEqual([]);
    });
  });

  describe('with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    let system: TestSystem;

    beforeAll(async () => {
      system = await TestSystem.start({
        label: 'traces_on',
        everyProcessEnv: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint },
      });
      await system.as('head');
    });

    afterAll(async () => {
      await system?.close();
    });

    it('exports one trace per request: HTTP span → NATS client span → handler span → PostgreSQL spans', async () => {
      expect(tracing.on).toBe(true);
      const id = await anOrganisationId(system);
      await system.http().get(`/api/v1/organisations/${id}`).expect(200);

      const route = 'GET /api/v1/organisations/:id';
      const subject = 'organisations.organisation.get';
      const trace = () => {
        const http = receiver.spans.find((s) => s.name === route && attribute(s, 'url.path')?.toString().endsWith(id));
        const inTrace = http ? receiver.spans.filter((s) => s.traceId === http.traceId) : [];
        return { http, inTrace };
      };
      const { http, inTrace } = await waitFor(
        async () => trace(),
        ({ http, inTrace }) => {
          const handler = inTrace.find((s) => s.name === subject && s.kind === KIND.server);
          return (
            !!http &&
            !!handler &&
            inTrace.some((s) => isPostgres(s) && s.name.startsWith('pg.query') && s.parentSpanId === handler.spanId)
          );
        },
        10_000,
      );
      expect(receiver.posts.every((p) => p.path === '/v1/traces')).toBe(true);
      expect(receiver.posts[0].contentType).toContain('application/json');

      expect(http!.kind).toBe(KIND.server);
      expect(http!.parentSpanId ?? '').toBe('');
      expect(attribute(http!, 'http.route')).toBe('/api/v1/organisations/:id');
      expect(attribute(http!, 'http.response.status_code')).toBe(200);
      expect(attribute(http!, 'linli.service')).toBe('gateway');

      const client = inTrace.find((s) => s.name === subject && s.kind === KIND.client)!;
      expect(client).toBeDefined();
      expect(client.parentSpanId).toBe(http!.spanId);
      expect(attribute(client, 'messaging.system')).toBe('nats');

      const handler = inTrace.find((s) => s.name === subject && s.kind === KIND.server)!;
      expect(handler.parentSpanId).toBe(client.spanId);
      expect(attribute(handler, 'linli.service')).toBe('organisations');

      // Query spans (beside the pool's connect span), the SQL with its placeholders, never the values.
      const queries = inTrace.filter(
        (s) => isPostgres(s) && s.name.startsWith('pg.query') && s.parentSpanId === handler.spanId,
      );
      expect(queries.length).toBeGreaterThanOrEqual(1);
      expect(attribute(queries[0], 'linli.service')).toBe('organisations');
      expect(attribute(queries[0], 'db.query.text')).toContain('$1');
      expect(JSON.stringify(queries)).not.toContain(id);

      // The list request before it is a trace of its own.
      const list = receiver.spans.find((s) => s.name === 'GET /api/v1/organisations');
      expect(list?.traceId).toBeDefined();
      expect(list!.traceId).not.toBe(http!.traceId);
    });

    it('carries the trace through the outbox and JetStream to the consuming service', async () => {
      const team = await system
        .http()
        .post('/api/v1/teams')
        .send({ name: '追踪测试志愿队', tierNodeId: demoId('tier', 'JL-01-01') })
        .expect(201);
      await system
        .http()
        .post(`/api/v1/teams/${team.body.id}/members`)
        .send({ volunteerId: demoId('volunteer', 'team-leader'), role: 'member' })
        .expect(201);
      const joined = 'evt.teams.member.joined';
      const { http, inTrace } = await waitFor(
        async () => {
          const http = receiver.spans.find(
            (s) =>
              s.name === 'POST /api/v1/teams/:id/members' && String(attribute(s, 'url.path')).includes(team.body.id),
          );
          return { http, inTrace: http ? receiver.spans.filter((s) => s.traceId === http.traceId) : [] };
        },
        ({ inTrace }) => inTrace.some((s) => s.name === `${joined} process` && s.kind === KIND.consumer),
        10_000,
      );
      expect(http).toBeDefined();
      const handler = inTrace.find((s) => s.name === 'teams.member.add' && s.kind === KIND.server)!;
      expect(handler).toBeDefined();
      // The relay runs after the request's transaction, so its span is a child of the handler that wrote the row.
      const publish = inTrace.find((s) => s.name === `${joined} publish`)!;
      expect(publish.kind).toBe(KIND.producer);
      expect(publish.parentSpanId).toBe(handler.spanId);
      expect(attribute(publish, 'linli.service')).toBe('teams');
      const consume = inTrace.find((s) => s.name === `${joined} process` && s.kind === KIND.consumer)!;
      expect(consume.parentSpanId).toBe(publish.spanId);
      expect(attribute(consume, 'linli.service')).toBe('volunteers');
      expect(inTrace.some((s) => s.name.startsWith('pg.query') && s.parentSpanId === consume.spanId)).toBe(true);
    });
  });
});
