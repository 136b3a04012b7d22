// `npm run bench:signup`: 1,000 concurrent sign-ups from distinct volunteers at one 50-place shift,
// through the real path (HTTP → gateway → NATS → activities → Postgres), over a pooled keep-alive
// HTTP agent. Asserts exactly 50 confirmed, 950 waitlisted at positions 1..950 without gaps and
// no errors; prints p50/p99 latency and throughput beside a baseline measured in the same run:
// the same 1,000 sign-ups as bare locked SQL transactions through `pg` (no HTTP, NATS, checks or events).
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_STATION } from '#linli/contracts';
import { insertVolunteers } from '../../services/activities/src/volunteers/volunteers.repository.js';
import { demoTierTree } from '#linli/testing';
import { TestSystem } from '../e2e/support/system.js';

const SIGNUPS = Number(process.env.BENCH_SIGNUPS ?? 1000);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 50);
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

/** The same sign-ups as bare transactions: lock the shift, count, insert confirmed or waitlisted. */
async function baseline(url: string, shiftId: string, volunteers: string[], startsAt: string, endsAt: string) {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c search_path=activities,public' });
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    volunteers.map(async (v) => {
      const t0 = performance.now();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query('SELECT capacity, confirmed_count FROM shifts WHERE id = $1 FOR UPDATE', [
          shiftId,
        ]);
        if (rows[0].confirmed_count < rows[0].capacity) {
          await client.query(
            `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, starts_at, ends_at) VALUES ($1, $2, $3, $4, 'confirmed', $5, $6)`,
            [randomUUID(), DEMO_STATION.tenantId, shiftId, v, startsAt, endsAt],
          );
        } else {
          await client.query(
            `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, position, starts_at, ends_at)
             SELECT $1, $2, $3, $4, 'waitlisted', coalesce(max(position), 0) + 1, $5, $6 FROM signups WHERE shift_id = $3 AND status = 'waitlisted'`,
            [randomUUID(), DEMO_STATION.tenantId, shiftId, v, startsAt, endsAt],
          );
        }
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      latencies.push(performance.now() - t0);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  return { seconds, latencies: latencies.sort((a, b) => a - b) };
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

    const volunteers = Array.from({ length: SIGNUPS * 2 }, () => randomUUID());
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
      endsAt: inDays(30),
      riskLevel: 'low',
    });
    if (activity.status !== 201) throw new Error(`activity: ${activity.status} ${JSON.stringify(activity.body)}`);
    const makeShift = async (offsetDays: number) => {
      const res = await post(agent, port, token, `/api/v1/activities/${activity.body.id}/shifts`, {
        startsAt: inDays(offsetDays),
        endsAt: new Date(Date.now() + offsetDays * 86_400_000 + 3 * 3600_000).toISOString(),
        capacity: CAPACITY,
      });
      if (res.status !== 201) throw new Error(`shift: ${res.status} ${JSON.stringify(res.body)}`);
      return (res.body.items as { id: string; startsAt: string; endsAt: string }[])[0];
    };
    const shift = await makeShift(2);
    const baselineShift = await makeShift(3);

    // Warm up the path (connections, JIT) with one request on another shift.
    await post(agent, port, token, `/api/v1/shifts/${(await makeShift(4)).id}/signups`, {
      volunteerId: volunteers[SIGNUPS],
    });

    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    const results = await Promise.all(
      volunteers.slice(0, SIGNUPS).map(async (volunteerId) => {
        const t0 = performance.now();
        const res = await post(agent, port, token, `/api/v1/shifts/${shift.id}/signups`, { volunteerId });
        latencies.push(performance.now() - t0);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        return res;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);

    const confirmed = results.filter((r) => r.body.status === 'confirmed').length;
    const positions = results
      .filter((r) => r.body.status === 'waitlisted')
      .map((r) => r.body.position as number)
      .sort((a, b) => a - b);
    const errors = results.filter((r) => r.status !== 201).length;
    const [stored] = await ds.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
              coalesce(max(position), 0)::int AS "maxPosition", count(DISTINCT position)::int AS "distinctPositions"
         FROM signups WHERE shift_id = $1`,
      [shift.id],
    );
    const expectedWaitlist = SIGNUPS - CAPACITY;
    const gapless = positions.length === expectedWaitlist && positions.every((p, i) => p === i + 1);

    const base = await baseline(
      system.db.url,
      baselineShift.id,
      volunteers.slice(SIGNUPS),
      baselineShift.startsAt,
      baselineShift.endsAt,
    );
    agent.destroy();
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`
sign-ups through gateway → NATS → activities: ${SIGNUPS} concurrent requests at one ${CAPACITY}-place shift
  responses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; confirmed ${confirmed}, waitlisted ${positions.length} (positions ${positions[0] ?? '-'}..${positions.at(-1) ?? '-'}, ${gapless ? 'no gaps' : 'GAPS'}), errors ${errors}
  stored: confirmed ${stored.confirmed}, waitlisted ${stored.waitlisted}, max position ${stored.maxPosition}, distinct positions ${stored.distinctPositions}
  latency p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1)!)}; ${seconds.toFixed(2)} s = ${Math.round(SIGNUPS / seconds)} sign-ups/s
baseline (same ${SIGNUPS} sign-ups as bare locked SQL transactions through pg, pool of 10):
  latency p50 ${ms(percentile(base.latencies, 50))}, p99 ${ms(percentile(base.latencies, 99))}; ${base.seconds.toFixed(2)} s = ${Math.round(SIGNUPS / base.seconds)} sign-ups/s`);
    const ok =
      confirmed === CAPACITY &&
      gapless &&
      errors === 0 &&
      stored.confirmed === CAPACITY &&
      stored.waitlisted === expectedWaitlist &&
      stored.distinctPositions === expectedWaitlist;
    console.log(ok ? 'result: OK (capacity held, waitlist 1..n without gaps, no errors)' : 'result: FAILED');
    if (!ok) process.exitCode = 1;
  } finally {
    await system?.close();
    await globalTeardown();
  }
}

await main();
