// `npm run bench:hours`: (1) 20,000 check-outs published to JetStream and turned into pending
// ledger entries by the hours service: events per second and the p99 delay from publish to a
// committed (visible) entry; (2) GET /volunteers/{id}/hours through the real gateway over HTTP,
// beside a baseline measured in the same run: the same SQL served by a bare Node `http` server
// with `pg` (no auth, NATS, validation or mapping).
import 'reflect-metadata';
import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jetstream } from '@nats-io/jetstream';
import pg from 'pg';
import { DEMO_STATION, demoId } from '#linli/contracts';
import { connectNats } from '#linli/platform';
import { attendanceEvent, demoTierTree } from '#linli/testing';
import { ENTRY_SELECT } from '../../services/hours/src/ledger/ledger.repository.js';
import { TestSystem } from '../e2e/support/system.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PERSONA = demoId('volunteer', 'persona');
const VILLAGE = demoId('tier', 'JL-01-01');
const PATH = demoTierTree().village.path;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function pipeline(system: TestSystem, events = EVENTS, ratePerSecond = 0) {
  const nc = await connectNats(system.nats.url, 'bench-hours');
  const js = jetstream(nc);
  const ds = system.data.get('hours')!;
  const published = new Map<string, number>();
  const started = Date.now();
  const WINDOW = 256;
  const window = ratePerSecond > 0 ? Math.max(1, Math.round(ratePerSecond / 20)) : WINDOW;
  for (let i = 0; i < events; i += window) {
    if (ratePerSecond > 0) {
      const due = started + (i / ratePerSecond) * 1000;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    }
    const batch = Array.from({ length: Math.min(window, events - i) }, (_, k) =>
      attendanceEvent(
        DEMO_STATION.tenantId,
        { id: demoId('bench-volunteer', String((i + k) % 500)), tierNodeId: VILLAGE, tierPath: PATH },
        { minutes: 60 + ((i + k) % 60) },
      ),
    );
    await Promise.all(
      batch.map(async (e) => {
        published.set(e.payload.attendanceId, Date.now());
        await js.publish(e.subject, JSON.stringify(e), { msgID: e.id });
      }),
    );
  }
  const publishSeconds = (Date.now() - started) / 1000;
  for (;;) {
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM entries WHERE kind = 'attendance' AND attendance_id = ANY($1)`,
      [[...published.keys()].slice(-1)],
    );
    const [{ total }] = await ds.query(
      `SELECT count(*)::int AS total FROM entries WHERE kind = 'attendance' AND attendance_id = ANY($1)`,
      [[...published.keys()]],
    );
    if (n === 1 && total >= events) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const rows: { attendance_id: string; at: string }[] = await ds.query(
    `SELECT attendance_id, (extract(epoch FROM recorded_at) * 1000)::float8 AS at FROM entries WHERE kind = 'attendance' AND attendance_id = ANY($1)`,
    [[...published.keys()]],
  );
  const delays = rows
    .filter((r) => published.has(r.attendance_id))
    .map((r) => Number(r.at) - published.get(r.attendance_id)!)
    .sort((a, b) => a - b);
  const lastAt = Math.max(...rows.map((r) => Number(r.at)));
  const seconds = (lastAt - started) / 1000;
  await nc.close();
  return {
    count: delays.length,
    seconds,
    publishSeconds,
    p50: percentile(delays, 50),
    p99: percentile(delays, 99),
    max: delays.at(-1)!,
  };
}

/** Requests for `HTTP_SECONDS` with `CONCURRENCY` keep-alive connections; returns requests per second. */
async function load(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ rps: number; p99: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const deadline = Date.now() + HTTP_SECONDS * 1000;
  let done = 0;
  let errors = 0;
  const latencies: number[] = [];
  const one = () =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      const req = request({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) done++;
          else errors++;
          latencies.push(performance.now() - t);
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) await one();
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: done / ((performance.now() - started) / 1000), p99: percentile(latencies, 99), errors };
}

async function baselineServer(url: string): Promise<Server> {
  const pool = new pg.Pool({ connectionString: url, max: 16, options: '-c search_path=hours,public' });
  const server = createServer(async (req, res) => {
    const id = req.url!.split('/')[4];
    const { rows } = await pool.query(
      `${ENTRY_SELECT} WHERE s.tenant_id = $1 AND s.volunteer_id = $2 ORDER BY s.service_date DESC, s.recorded_at DESC`,
      [DEMO_STATION.tenantId, id],
    );
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ entries: rows }));
  });
  server.on('close', () => void pool.end());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

async function main() {
  const { default: globalSetup } = await import(join(ROOT, 'libs/testing/src/global-setup.mjs'));
  const { default: globalTeardown } = await import(join(ROOT, 'libs/testing/src/global-teardown.mjs'));
  await globalSetup();
  let system: TestSystem | undefined;
  let baseline: Server | undefined;
  try {
    system = await TestSystem.start({ label: 'bench_hours' });
    const p = await pipeline(system);
    console.log(`
check-outs → JetStream → hours service → pending entries: ${p.count.toLocaleString()} events
  published in ${p.publishSeconds.toFixed(1)} s; last entry committed ${p.seconds.toFixed(1)} s after the first publish = ${Math.round(p.count / p.seconds).toLocaleString()} events/s
  delay publish → visible pending entry: p50 ${p.p50.toFixed(0)} ms, p99 ${p.p99.toFixed(0)} ms, max ${p.max.toFixed(0)} ms (all ${EVENTS.toLocaleString()} published at once: includes queueing)`);
    const paced = await pipeline(system, 5000, 500);
    console.log(
      `  paced at 500 check-outs/s for 10 s (below capacity): p50 ${paced.p50.toFixed(0)} ms, p99 ${paced.p99.toFixed(0)} ms, max ${paced.max.toFixed(0)} ms`,
    );

    const token = await system.token('volunteer');
    await system.gateway.listen(0, '127.0.0.1');
    const port = (system.gateway.getHttpServer().address() as AddressInfo).port;
    baseline = await baselineServer(system.db.url);
    const basePort = (baseline.address() as AddressInfo).port;
    const path = `/api/v1/volunteers/${PERSONA}/hours`;
    await load(port, path, { authorization: `Bearer ${token}` }); // warm-up
    const viaGateway = await load(port, path, { authorization: `Bearer ${token}` });
    const bare = await load(basePort, path, {});
    console.log(`
GET ${path} (${CONCURRENCY} connections, ${HTTP_SECONDS} s each)
  through gateway → NATS → hours: ${Math.round(viaGateway.rps).toLocaleString()} req/s, p99 ${viaGateway.p99.toFixed(1)} ms, errors ${viaGateway.errors}
  baseline (bare node:http + pg, same SQL): ${Math.round(bare.rps).toLocaleString()} req/s, p99 ${bare.p99.toFixed(1)} ms, errors ${bare.errors}
  ratio gateway/baseline: ${(viaGateway.rps / bare.rps).toFixed(2)}`);
    if (p.count !== EVENTS) process.exitCode = 1;
  } finally {
    baseline?.close();
    await system?.close();
    await globalTeardown();
  }
}

await main();
