// `npm run bench:hours`: (1) check-outs published to JetStream and turned into pending ledger
// entries by the hours service, by the batched inbox consumer (the defaults) and, as the
// baseline measured in the same run on the same system, by one transaction per event
// (ATTENDANCE_BATCH_SIZE=1 with 8 pullers, as before batching). Each is measured twice:
//   - burst: BENCH_EVENTS published at once while the hours service is down, so they wait in the
//     stream; then the service starts: events per second from its start to the last entry;
//   - paced: BENCH_PACED_RATE check-outs/s for BENCH_PACED_SECONDS while it runs: the delay from
//     each publish to its visible entry, p50 and p99.
// The check-outs are published from a worker thread (they come from other processes in
// production), and each run starts once every consumer of the stream has caught up.
// (2) GET /volunteers/{id}/hours through the real gateway over HTTP, beside a baseline measured
// in the same run: the same SQL served by a bare Node `http` server with `pg` (no auth, NATS,
// validation or mapping).
//
// An entry's `recorded_at` is `clock_timestamp()` when its row is inserted; the insert is the
// last statement before the commit, in either path, so it stands for the moment it became visible.
import 'reflect-metadata';
import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { DEMO_STATION, demoId } from '#linli/contracts';
import { connectNats } from '#linli/platform';
import { demoTierTree } from '#linli/testing';
import { ENTRY_SELECT } from '../../services/hours/src/ledger/ledger.repository.js';
import { TestSystem } from '../e2e/support/system.js';
import type { PublisherResult, PublisherTask } from './check-outs.publisher.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 2000);
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 10);
/** 0 skips the one-transaction-per-event runs (no baseline printed). */
const BASELINE = process.env.BENCH_BASELINE !== '0';
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PERSONA = demoId('volunteer', 'persona');
const VILLAGE = demoId('tier', 'JL-01-01');
const PATH = demoTierTree().village.path;
/** The hours service as it was: every check-out in its own transaction, 8 pullers. */
const ONE_PER_TRANSACTION = { ATTENDANCE_BATCH_SIZE: '1', ATTENDANCE_CONCURRENCY: '8' };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface PipelineRun {
  count: number;
  /** From the start (of the service, or of publishing) to the last entry committed. */
  seconds: number;
  publishSeconds: number;
  p50: number;
  p99: number;
  max: number;
}

/** Publishes `events` check-outs from a worker thread: all at once, or `ratePerSecond` in windows of 50 ms. */
async function publish(system: TestSystem, events: number, ratePerSecond = 0): Promise<PublisherResult> {
  const task: PublisherTask = {
    natsUrl: system.nats.url,
    tenantId: DEMO_STATION.tenantId,
    tierNodeId: VILLAGE,
    tierPath: PATH,
    volunteerIds: Array.from({ length: 500 }, (_, i) => demoId('bench-volunteer', String(i))),
    events,
    ratePerSecond,
  };
  const worker = new Worker(new URL('./check-outs.publisher.js', import.meta.url), { workerData: task });
  try {
    return await new Promise<PublisherResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

const visible = async (system: TestSystem) =>
  (
    await system.data
      .get('hours')!
      .query(`SELECT count(*)::int AS n FROM entries WHERE tenant_id = $1 AND kind = 'attendance'`, [
        DEMO_STATION.tenantId,
      ])
  )[0].n as number;

/** Waits until the published check-outs are all entries; their delays and the last commit, from `since`. */
async function entriesOf(system: TestSystem, before: number, result: PublisherResult, since: number) {
  const published = new Map(result.published);
  // Polled slowly: the count competes with the run for the database, and the figures come from recorded_at.
  while ((await visible(system)) < before + published.size) await new Promise((r) => setTimeout(r, 500));
  const rows: { attendance_id: string; at: string }[] = await system.data
    .get('hours')!
    .query(
      `SELECT attendance_id, (extract(epoch FROM recorded_at) * 1000)::float8 AS at FROM entries WHERE kind = 'attendance' AND attendance_id = ANY($1)`,
      [[...published.keys()]],
    );
  const delays = rows.map((r) => Number(r.at) - published.get(r.attendance_id)!).sort((a, b) => a - b);
  const lastAt = Math.max(...rows.map((r) => Number(r.at)));
  return {
    count: delays.length,
    seconds: (lastAt - since) / 1000,
    publishSeconds: result.publishSeconds,
    p50: percentile(delays, 50),
    p99: percentile(delays, 99),
    max: delays.at(-1)!,
  };
}

/**
 * Waits until every durable consumer of the events stream has caught up: after boot the copies
 * are still applying the demo data's events, which would compete with the run measured.
 */
async function quiet(system: TestSystem) {
  const nc = await connectNats(system.nats.url, 'bench-hours-quiet');
  const jsm = await jetstreamManager(nc);
  const deadline = Date.now() + 120_000;
  for (;;) {
    let behind = 0;
    for await (const stream of jsm.streams.list())
      for await (const c of jsm.consumers.list(stream.config.name)) behind += c.num_pending + c.num_ack_pending;
    if (behind === 0 || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await nc.close();
}

/**
 * The burst (published while the hours service is down, then drained by a fresh replica with
 * `env` over the defaults) and the paced run, through that replica.
 */
async function pipelineRuns(system: TestSystem, env: Record<string, string>) {
  await quiet(system);
  await system.stopService('hours');
  let before = await visible(system);
  const queued = await publish(system, EVENTS);
  const started = Date.now();
  await system.addReplica('hours', env);
  const burst = await entriesOf(system, before, queued, started);
  await quiet(system);
  before = await visible(system);
  const pacedRun = await publish(system, PACED_RATE * PACED_SECONDS, PACED_RATE);
  const paced = await entriesOf(system, before, pacedRun, pacedRun.started);
  return { burst, paced };
}

const rate = (r: PipelineRun) => Math.round(r.count / r.seconds).toLocaleString();
const delays = (r: PipelineRun) => `p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, max ${r.max.toFixed(0)} ms`;

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
    // The baseline first: the batched runs then meet the larger table.
    const perEvent = BASELINE ? await pipelineRuns(system, ONE_PER_TRANSACTION) : undefined;
    const batched = await pipelineRuns(system, {});
    const paced = `${PACED_RATE.toLocaleString()} check-outs/s for ${PACED_SECONDS} s`;
    console.log(`
check-outs → JetStream → hours service → pending entries
  burst: ${EVENTS.toLocaleString()} published at once while the service was down, service start → last entry committed
    batched inbox (one transaction per batch): ${batched.burst.seconds.toFixed(1)} s = ${rate(batched.burst)} events/s`);
    if (perEvent)
      console.log(`    baseline, one transaction per event:      ${perEvent.burst.seconds.toFixed(1)} s = ${rate(perEvent.burst)} events/s
    ratio batched/baseline: ${(perEvent.burst.seconds / batched.burst.seconds).toFixed(2)}`);
    console.log(`  paced at ${paced}, publish → visible pending entry
    batched inbox: ${delays(batched.paced)} (published in ${batched.paced.publishSeconds.toFixed(1)} s)`);
    if (perEvent)
      console.log(
        `    baseline:      ${delays(perEvent.paced)} (published in ${perEvent.paced.publishSeconds.toFixed(1)} s)`,
      );
    const runs = [batched.burst, batched.paced, ...(perEvent ? [perEvent.burst, perEvent.paced] : [])];
    const expected = [EVENTS, PACED_RATE * PACED_SECONDS, EVENTS, PACED_RATE * PACED_SECONDS];
    if (runs.some((r, i) => r.count !== expected[i])) {
      console.log(`  entries found: ${runs.map((r) => r.count).join(', ')} (expected one per check-out)`);
      process.exitCode = 1;
    }

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
  } finally {
    baseline?.close();
    await system?.close();
    await globalTeardown();
  }
}

await main();
