// `npm run bench:signup`: sign-up storms through the real path (HTTP → gateway → NATS → activities
// → Postgres), over a pooled keep-alive HTTP agent, each beside a baseline measured in the same
// run: the same sign-ups as bare locked SQL transactions through `pg` (no HTTP, NATS, checks or
// events), a pool of 10.
//   1. 1,000 concurrent sign-ups from distinct volunteers at one 50-place shift;
//   2. 1,000 concurrent sign-ups spread over 20 shifts of 10 places (50 each), which must scale
//      across shifts rather than queue behind one another;
//   3. 100 sign-ups one after another, which meet no batch: a lone sign-up's latency.
// Everything runs in this one process, so its CPU time per sign-up (printed, the load's HTTP
// client included) is the cost of the whole path. BENCH_CPU_PROF=<dir> writes a V8 CPU profile
// of each storm through the gateway there (<dir>/signup-<scenario>.cpuprofile).
// Asserts, per shift, exactly its capacity confirmed and the rest waitlisted at positions 1..n
// without gaps, as answered and as stored, and no errors; prints p50/p99 latency and throughput
// of both paths and their ratio. The storms start once the demo seed's events have settled, so
// they do not compete with the copies catching up.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { DEMO_STATION } from '#linli/contracts';
import { connectNats } from '#linli/platform';
import { SignupsService } from '../../services/activities/src/signups/signups.service.js';
import { insertVolunteers } from '../../services/activities/src/volunteers/volunteers.repository.js';
import { demoTierTree } from '#linli/testing';
import { TestSystem } from '../e2e/support/system.js';

const SIGNUPS = Number(process.env.BENCH_SIGNUPS ?? 1000);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 50);
const SHIFTS = Number(process.env.BENCH_SHIFTS ?? 20);
const MULTI_CAPACITY = Number(process.env.BENCH_MULTI_CAPACITY ?? 10);
const LONE = Number(process.env.BENCH_LONE ?? 100);
/** Sign-ups of the warm-up storm (and of the baseline's warm-up), so the storms measure a warm process. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);
const CPU_PROF = process.env.BENCH_CPU_PROF;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const { id: village, path: villagePath } = demoTierTree().village;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function post(
  agent: Agent,
  port: number,
  token: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString() || '{}') }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

interface Shift {
  id: string;
  startsAt: string;
  endsAt: string;
}

/** One sign-up per volunteer, `perShift` volunteers per shift in order. */
const spread = (shifts: Shift[], volunteers: string[], perShift: number) =>
  volunteers.map((volunteerId, i) => ({ volunteerId, shift: shifts[Math.floor(i / perShift)] }));

interface Figures {
  seconds: number;
  latencies: number[];
}

/**
 * The same sign-ups as bare transactions: lock the shift, count, insert confirmed or waitlisted;
 * all at once, or one after another.
 */
async function baseline(
  url: string,
  signups: { volunteerId: string; shift: Shift }[],
  oneByOne = false,
): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c search_path=activities,public' });
  const latencies: number[] = [];
  const started = performance.now();
  const signUp = async ({ volunteerId: v, shift }: { volunteerId: string; shift: Shift }) => {
    const t0 = performance.now();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query('SELECT capacity, confirmed_count FROM shifts WHERE id = $1 FOR UPDATE', [
        shift.id,
      ]);
      if (rows[0].confirmed_count < rows[0].capacity) {
        await client.query(
          `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, starts_at, ends_at) VALUES ($1, $2, $3, $4, 'confirmed', $5, $6)`,
          [randomUUID(), DEMO_STATION.tenantId, shift.id, v, shift.startsAt, shift.endsAt],
        );
      } else {
        await client.query(
          `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, position, starts_at, ends_at)
             SELECT $1, $2, $3, $4, 'waitlisted', coalesce(max(position), 0) + 1, $5, $6 FROM signups WHERE shift_id = $3 AND status = 'waitlisted'`,
          [randomUUID(), DEMO_STATION.tenantId, shift.id, v, shift.startsAt, shift.endsAt],
        );
      }
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    latencies.push(performance.now() - t0);
  };
  if (oneByOne) for (const signup of signups) await signUp(signup);
  else await Promise.all(signups.map(signUp));
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  return { seconds, latencies: latencies.sort((a, b) => a - b) };
}

/** Waits until every service's outbox is published and every JetStream consumer has caught up. */
async function settle(system: TestSystem) {
  const nc = await connectNats(system.nats.url, 'bench-settle');
  try {
    const jsm = await jetstreamManager(nc);
    for (let quiet = 0; quiet < 3;) {
      let pending = 0;
      for (const ds of system.data.values()) {
        const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
        pending += n;
      }
      for await (const c of jsm.consumers.list('LINLI_EVENTS')) pending += c.num_pending + c.num_ack_pending;
      quiet = pending === 0 ? quiet + 1 : 0;
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await nc.close();
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Runs `fn` under the V8 profiler and writes the profile to BENCH_CPU_PROF/<name>.cpuprofile; just runs it without one. */
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!CPU_PROF) return fn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(CPU_PROF, { recursive: true });
    writeFileSync(join(CPU_PROF, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

async function main() {
  const { default: globalSetup } = await import(join(ROOT, 'libs/testing/src/global-setup.mjs'));
  const { default: globalTeardown } = await import(join(ROOT, 'libs/testing/src/global-teardown.mjs'));
  await globalSetup();
  let system: TestSystem | undefined;
  try {
    system = await TestSystem.start({ label: 'bench_signup' });
    const token = await system.token('head');
    await system.gateway.listen(0, '127.0.0.1');
    const port = (system.gateway.getHttpServer().address() as AddressInfo).port;
    const ds = system.data.get('activities')!;
    const agent = new Agent({ keepAlive: true, maxSockets: 100 });

    const volunteers = Array.from({ length: SIGNUPS * 4 + LONE * 2 + WARMUP * 2 }, () => randomUUID());
    await insertVolunteers(
      ds.manager,
      volunteers.map((id, i) => ({
        id,
        tenantId: DEMO_STATION.tenantId,
        tierNodeId: village,
        tierPath: villagePath,
        name: `压测志愿者${i}`,
      })),
    );
    const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
    const activity = await post(agent, port, token, '/api/v1/activities', {
      title: '压测：便民服务大厅轮值',
      tierNodeId: village,
      location: '便民服务大厅',
      startsAt: inDays(1),
      endsAt: inDays(90),
      riskLevel: 'low',
    });
    if (activity.status !== 201) throw new Error(`activity: ${activity.status} ${JSON.stringify(activity.body)}`);
    const makeShift = async (offsetDays: number, capacity: number): Promise<Shift> => {
      const res = await post(agent, port, token, `/api/v1/activities/${activity.body.id}/shifts`, {
        startsAt: inDays(offsetDays),
        endsAt: new Date(Date.now() + offsetDays * 86_400_000 + 3 * 3600_000).toISOString(),
        capacity,
      });
      if (res.status !== 201) throw new Error(`shift: ${res.status} ${JSON.stringify(res.body)}`);
      return (res.body.items as Shift[])[0];
    };
    const shifts = async (from: number, count: number, capacity: number) => {
      const out: Shift[] = [];
      for (let i = 0; i < count; i++) out.push(await makeShift(from + i, capacity));
      return out;
    };

    // Warm up both paths (connections, the JIT, PostgreSQL's caches) with a smaller storm on
    // shifts of their own: a server that has been up for a while is warm.
    const warmup = volunteers.slice(SIGNUPS * 4 + LONE * 2);
    const [warmShift, warmBase] = [await makeShift(2, 10), await makeShift(3, 10)];
    await Promise.all(
      warmup
        .slice(0, WARMUP)
        .map((volunteerId) => post(agent, port, token, `/api/v1/shifts/${warmShift.id}/signups`, { volunteerId })),
    );
    await baseline(
      system.db.url,
      warmup.slice(WARMUP).map((volunteerId) => ({ volunteerId, shift: warmBase })),
    );
    await settle(system);

    /** One storm through the gateway, then the same sign-ups as bare SQL; checks every shift's outcome. */
    const scenario = async (
      label: string,
      shiftCount: number,
      capacity: number,
      offsetDays: number,
      pool: string[],
    ) => {
      const perShift = SIGNUPS / shiftCount;
      const stormShifts = await shifts(offsetDays, shiftCount, capacity);
      const baseShifts = await shifts(offsetDays + shiftCount, shiftCount, capacity);
      const signups = spread(stormShifts, pool.slice(0, SIGNUPS), perShift);

      const signupsService = system!.replicas.get('activities')![0].get(SignupsService);
      signupsService.takeBatchStats();
      const latencies: number[] = [];
      const statuses = new Map<number, number>();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const results = await profiled(`signup-${shiftCount}-shift${shiftCount === 1 ? '' : 's'}`, () =>
        Promise.all(
          signups.map(async ({ volunteerId, shift }) => {
            const t0 = performance.now();
            const res = await post(agent, port, token, `/api/v1/shifts/${shift.id}/signups`, { volunteerId });
            latencies.push(performance.now() - t0);
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            return { shiftId: shift.id, ...res };
          }),
        ),
      );
      const cpu = process.cpuUsage(cpuBefore);
      const gateway: Figures = {
        seconds: (performance.now() - started) / 1000,
        latencies: latencies.sort((a, b) => a - b),
      };

      const batching = signupsService.takeBatchStats();
      const expectedWaitlist = perShift - capacity;
      let answeredOk = true;
      let confirmed = 0;
      let waitlisted = 0;
      for (const shift of stormShifts) {
        const mine = results.filter((r) => r.shiftId === shift.id);
        const positions = mine
          .filter((r) => r.body.status === 'waitlisted')
          .map((r) => r.body.position as number)
          .sort((a, b) => a - b);
        const placed = mine.filter((r) => r.body.status === 'confirmed').length;
        confirmed += placed;
        waitlisted += positions.length;
        answeredOk &&=
          placed === capacity && positions.length === expectedWaitlist && positions.every((p, i) => p === i + 1);
      }
      const stored: { confirmed: number; waitlisted: number; maxPosition: number; distinctPositions: number }[] =
        await ds.query(
          `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
                  coalesce(max(position), 0)::int AS "maxPosition", count(DISTINCT position)::int AS "distinctPositions"
             FROM signups WHERE shift_id = ANY($1::uuid[]) GROUP BY shift_id`,
          [stormShifts.map((s) => s.id)],
        );
      const storedOk =
        stored.length === shiftCount &&
        stored.every(
          (s) =>
            s.confirmed === capacity &&
            s.waitlisted === expectedWaitlist &&
            s.maxPosition === expectedWaitlist &&
            s.distinctPositions === expectedWaitlist,
        );
      const errors = results.filter((r) => r.status !== 201).length;
      const base = await baseline(system!.db.url, spread(baseShifts, pool.slice(SIGNUPS, SIGNUPS * 2), perShift));
      await settle(system!);

      const rate = (f: Figures) => SIGNUPS / f.seconds;
      const p99 = percentile(gateway.latencies, 99);
      const ratio = rate(gateway) / rate(base);
      const ok = answeredOk && storedOk && errors === 0;
      console.log(`
${label}: ${SIGNUPS} concurrent sign-ups at ${shiftCount === 1 ? 'one' : shiftCount} ${capacity}-place shift${shiftCount === 1 ? '' : 's'} (${perShift} each)
  responses: ${[...statuses].map(([st, n]) => `${st}×${n}`).join(', ')}; confirmed ${confirmed}, waitlisted ${waitlisted}, errors ${errors}; per shift ${answeredOk ? `${capacity} confirmed, waitlist 1..${expectedWaitlist} without gaps` : 'WRONG'}, stored ${storedOk ? 'the same' : 'WRONG'}
  decided in ${batching.batches} batches (largest ${batching.largestBatch}), at most ${batching.mostKeysAtOnce} shift${batching.mostKeysAtOnce === 1 ? '' : 's'} at once
  gateway → NATS → activities: p50 ${ms(percentile(gateway.latencies, 50))}, p99 ${ms(p99)}, max ${ms(gateway.latencies.at(-1)!)}; ${gateway.seconds.toFixed(2)} s = ${Math.round(rate(gateway))} sign-ups/s; CPU of this process ${((cpu.user + cpu.system) / 1000 / SIGNUPS).toFixed(2)} ms per sign-up
  baseline, bare locked SQL (pool of 10): p50 ${ms(percentile(base.latencies, 50))}, p99 ${ms(percentile(base.latencies, 99))}; ${base.seconds.toFixed(2)} s = ${Math.round(rate(base))} sign-ups/s
  ratio gateway / baseline: ${ratio.toFixed(2)}× throughput; target p99 ≤ 1 s and ≥ 2×: ${p99 <= 1000 && ratio >= 2 ? 'met' : 'NOT met'}`);
      return ok;
    };

    const single = await scenario('one shift', 1, CAPACITY, 10, volunteers.slice(0, SIGNUPS * 2));
    const multi = await scenario(
      `${SHIFTS} shifts`,
      SHIFTS,
      MULTI_CAPACITY,
      20,
      volunteers.slice(SIGNUPS * 2, SIGNUPS * 4),
    );

    // A lone sign-up meets no batch: one at a time, it must cost what a single transaction does.
    const [loneShift, loneBase] = await shifts(70, 2, LONE);
    const lonePool = volunteers.slice(SIGNUPS * 4, SIGNUPS * 4 + LONE * 2);
    const lone: number[] = [];
    let loneOk = true;
    for (const volunteerId of lonePool.slice(0, LONE)) {
      const t0 = performance.now();
      const res = await post(agent, port, token, `/api/v1/shifts/${loneShift.id}/signups`, { volunteerId });
      lone.push(performance.now() - t0);
      loneOk &&= res.status === 201 && res.body.status === 'confirmed';
    }
    lone.sort((a, b) => a - b);
    const loneBaseline = (
      await baseline(
        system.db.url,
        lonePool.slice(LONE).map((volunteerId) => ({ volunteerId, shift: loneBase })),
        true,
      )
    ).latencies;
    console.log(`
lone sign-ups: ${LONE} one after another at one ${LONE}-place shift, ${loneOk ? 'all confirmed' : 'WRONG'}
  gateway → NATS → activities: p50 ${ms(percentile(lone, 50))}, p99 ${ms(percentile(lone, 99))}
  baseline, the same one after another as bare locked SQL: p50 ${ms(percentile(loneBaseline, 50))}, p99 ${ms(percentile(loneBaseline, 99))}`);

    agent.destroy();
    const ok = single && multi && loneOk;
    console.log(ok ? '\nresult: OK (capacity held, waitlists 1..n without gaps, no errors)' : '\nresult: FAILED');
    if (!ok) process.exitCode = 1;
  } finally {
    await system?.close();
    await globalTeardown();
  }
}

await main();
