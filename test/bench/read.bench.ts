// `npm run bench:read`: the request path of two everyday reads, through the whole system as
// `npm start` runs it (the launcher, each service and the gateway as their own processes, on a
// fresh database seeded with the demo station), beside a bare node:http + pg server running
// the same SQL on the same database (test/bench/bare-read.server.ts), driven by autocannon with
// the same load: 32 connections, a warm-up, then interleaved rounds. Prints throughput, p50
// and p99 of each and the ratio; then p99 of each at half the bare server's peak rate; and the
// system's memory, idle after seeding.
//
// BENCH_SECONDS (5) per run, BENCH_ROUNDS (3), BENCH_CONNECTIONS (32);
// BENCH_CPU_PROF=<dir> writes a V8 CPU profile of every process of the system there
// (test/bench/cpu-profile.ts).
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STATION } from '#linli/contracts';
import { freePort } from '#linli/platform';
import { createTestDatabase, startTestNats } from '#linli/testing';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const CPU_PROF = process.env.BENCH_CPU_PROF;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Run {
  rps: number;
  /** CPU time the target's own processes spent per request, in ms (robust to a busy machine). */
  cpuPerRequest: number[];
  p50: number;
  p99: number;
  errors: number;
}

async function drive(
  url: string,
  headers: Record<string, string>,
  pids: number[],
  seconds: number,
  overallRate?: number,
): Promise<Run> {
  const cpuBefore = pids.map(cpuMs);
  const result = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: seconds,
    ...(overallRate ? { overallRate } : {}),
  });
  const cpu = pids.map((pid, i) => (cpuMs(pid) - cpuBefore[i]) / Math.max(1, result.requests.total));
  return {
    rps: result.requests.average,
    cpuPerRequest: cpu,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function medianRun(runs: Run[]): Run {
  return {
    rps: median(runs.map((r) => r.rps)),
    cpuPerRequest: runs[0].cpuPerRequest.map((_, i) => median(runs.map((r) => r.cpuPerRequest[i]))),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

/** Resolves with the first line of `child`'s stdout that matches, and keeps draining the rest. */
function lineMatching(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms`)), timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = pattern.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.once('exit', (code) => reject(new Error(`process exited (${code}) before it was ready`)));
  });
}

async function untilHealthy(port: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`the system did not become healthy within ${timeoutMs / 1000} s`);
}

/**
 * Memory of a process in MB: its proportional set size (shared pages, such as the node binary
 * or PostgreSQL's shared buffers, split among the processes sharing them, so a sum over
 * processes counts each page once) and its resident set size; 0 when it is gone.
 */
function memoryMb(pid: number): { pss: number; rss: number } {
  const field = (text: string, name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) / 1024;
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return { pss: field(rollup, 'Pss'), rss: field(rollup, 'Rss') };
  } catch {
    return { pss: 0, rss: 0 };
  }
}

/** CPU time a process has used so far, in ms (user + system). */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

/** What a process runs, for the memory breakdown. */
function commandOf(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const script = argv.find((a) => a.endsWith('.js'));
    return script ? script.replace(/^.*dist\//, '') : basename(argv[0] ?? String(pid));
  } catch {
    return String(pid);
  }
}

/** `root` and every process below it. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

async function main() {
  const { default: globalSetup } = await import(join(ROOT, 'libs/testing/src/global-setup.mjs'));
  const { default: globalTeardown } = await import(join(ROOT, 'libs/testing/src/global-teardown.mjs'));
  await globalSetup();
  const db = await createTestDatabase('bench_read');
  const nats = await startTestNats();
  const children: ChildProcess[] = [];
  const admin = new pg.Client({ connectionString: db.url });
  try {
    const port = await freePort();
    const system = spawn(process.execPath, [join(ROOT, 'dist/deploy/local/start.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        NATS_URL: nats.url,
        PORT: String(port),
        AUTH_SECRET: randomBytes(32).toString('hex'),
        DATA_KEY: randomBytes(32).toString('base64'),
        LOG_FORMAT: 'json',
        ...(CPU_PROF ? { NODE_OPTIONS: `--import=${join(ROOT, 'dist/test/bench/cpu-profile.js')}` } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(system);
    system.stdout!.resume();
    console.log('starting the system (npm start on a fresh database)…');
    await Promise.race([
      untilHealthy(port, 180_000),
      new Promise((_, reject) => system.once('exit', (code) => reject(new Error(`npm start exited (${code})`)))),
    ]);

    const head = DEMO_ACCOUNTS.find((a) => a.key === 'head')!;
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: head.username, password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };

    await admin.connect();
    const [{ id }] = (
      await admin.query(
        `SELECT o.id FROM organisations.organisations o
           JOIN organisations.organisation_status_changes h ON h.organisation_id = o.id
          WHERE o.tenant_id = $1 GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
        [DEMO_STATION.tenantId],
      )
    ).rows;
    const [{ path }] = (
      await admin.query(`SELECT path FROM organisations.tier_nodes WHERE tenant_id = $1 AND parent_id IS NULL`, [
        DEMO_STATION.tenantId,
      ])
    ).rows;

    // Idle after seeding: every process of the system, nats-server and this database's PostgreSQL backends.
    await sleep(3000);
    const sum = (pids: number[]) =>
      pids.map(memoryMb).reduce((a, m) => ({ pss: a.pss + m.pss, rss: a.rss + m.rss }), { pss: 0, rss: 0 });
    const tree = processTree(system.pid!);
    const nodeMemory = sum(tree);
    const perProcess = tree.map((pid) => `${commandOf(pid)} ${Math.round(memoryMb(pid).pss)}`).join(', ');
    const natsMemory = sum([nats.process.pid!]);
    const backends = (await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).rows;
    const pgMemory = sum(backends.map((b: { pid: number }) => b.pid));

    const bare = spawn(process.execPath, [join(ROOT, 'dist/test/bench/bare-read.server.js')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, TENANT_ID: DEMO_STATION.tenantId, SCOPE_PATH: path },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(bare);
    const barePort = Number((await lineMatching(bare, /^port (\d+)$/, 10_000))[1]);

    const auth = { authorization: `Bearer ${accessToken}` };
    const reads = [
      { label: `GET /api/v1/organisations/{id} (one row and its status history)`, path: `/api/v1/organisations/${id}` },
      { label: 'GET /api/v1/organisations?pageSize=20 (a list page)', path: '/api/v1/organisations?pageSize=20' },
    ];
    const systemPids = ['gateway/', 'services/organisations/'].map((part) =>
      tree.find((pid) => commandOf(pid).includes(part))!,
    );
    const targets = [
      { name: 'gateway', base: `http://127.0.0.1:${port}`, headers: auth as Record<string, string>, pids: systemPids },
      { name: 'bare', base: `http://127.0.0.1:${barePort}`, headers: {} as Record<string, string>, pids: [bare.pid!] },
    ];
    for (const read of reads) {
      for (const target of targets) {
        const probe = await fetch(target.base + read.path, { headers: target.headers });
        if (probe.status !== 200) throw new Error(`${target.name} ${read.path}: ${probe.status} ${await probe.text()}`);
      }
    }

    console.log(`\nwarm-up (${SECONDS} s each)…`);
    for (const read of reads)
      for (const target of targets) await drive(target.base + read.path, target.headers, target.pids, SECONDS);

    let failed = false;
    for (const read of reads) {
      const runs: Record<string, Run[]> = { gateway: [], bare: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order)
          runs[target.name].push(await drive(target.base + read.path, target.headers, target.pids, SECONDS));
      }
      const gateway = medianRun(runs.gateway);
      const baseline = medianRun(runs.bare);
      const half = Math.max(1, Math.round(baseline.rps / 2));
      const gatewayHalf = await drive(targets[0].base + read.path, targets[0].headers, targets[0].pids, SECONDS, half);
      const bareHalf = await drive(targets[1].base + read.path, targets[1].headers, targets[1].pids, SECONDS, half);
      const ratio = gateway.rps / baseline.rps;
      const p99Ratio = gatewayHalf.p99 / Math.max(1, bareHalf.p99);
      const rounds = (rs: Run[]) => rs.map((r) => Math.round(r.rps).toLocaleString()).join(', ');
      console.log(`
${read.label}: ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s, medians
  gateway → NATS → organisations: ${Math.round(gateway.rps).toLocaleString()} req/s (rounds ${rounds(runs.gateway)}), p50 ${gateway.p50} ms, p99 ${gateway.p99} ms, CPU per request: gateway ${gateway.cpuPerRequest[0].toFixed(2)} ms + organisations ${gateway.cpuPerRequest[1].toFixed(2)} ms, errors ${gateway.errors}
  bare node:http + pg, same SQL:  ${Math.round(baseline.rps).toLocaleString()} req/s (rounds ${rounds(runs.bare)}), p50 ${baseline.p50} ms, p99 ${baseline.p99} ms, CPU per request ${baseline.cpuPerRequest[0].toFixed(2)} ms, errors ${baseline.errors}
  throughput ratio gateway/bare: ${ratio.toFixed(2)} (target ≥ 0.50)
  at half the bare peak (${half.toLocaleString()} req/s): gateway p99 ${gatewayHalf.p99} ms, bare p99 ${bareHalf.p99} ms, ratio ${p99Ratio.toFixed(2)} (target ≤ 2)`);
      if (gateway.errors + baseline.errors + gatewayHalf.errors + bareHalf.errors > 0) failed = true;
    }
    console.log(`
memory, idle after seeding: ${Math.round(nodeMemory.pss + natsMemory.pss + pgMemory.pss)} MB in all, proportional set size (target < 1,024 MB; RSS summed ${Math.round(nodeMemory.rss + natsMemory.rss + pgMemory.rss)} MB counts shared pages once per process)
  launcher, services and gateway ${Math.round(nodeMemory.pss)} MB (${perProcess}); nats-server ${Math.round(natsMemory.pss)} MB; PostgreSQL backends of the database (${backends.length}) ${Math.round(pgMemory.pss)} MB`);
    if (failed) {
      console.error('some requests failed');
      process.exitCode = 1;
    }
  } finally {
    await admin.end().catch(() => undefined);
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
    }
    await nats.close();
    await db.drop();
    await globalTeardown();
  }
}

await main();
