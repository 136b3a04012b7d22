// `npm run bench:import`: 100,000 valid volunteer rows imported through the real path
// (HTTP upload to the gateway → rows in batches over NATS → volunteers service → Postgres),
// timed beside a baseline measured in the same run: the same rows written with plain
// multi-row INSERTs through `pg` (no parsing, checks, encryption, events or NATS).
import 'reflect-metadata';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { makeResidentId } from '../../services/volunteers/src/volunteers/id-number.js';
import { TestSystem } from '../e2e/support/system.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VILLAGES = [9, 7, 11, 8, 9, 7].flatMap((n, c) =>
  Array.from({ length: n }, (_, v) => `JL-${String(c + 1).padStart(2, '0')}-${String(v + 1).padStart(2, '0')}`),
);

interface BenchRow {
  name: string;
  sex: string;
  idNumber: string;
  phone: string;
  tier: string;
  skills: string;
}

function row(i: number): BenchRow {
  const day = new Date(Date.UTC(1955, 0, 1) + (i % 17_000) * 86_400_000).toISOString().slice(0, 10);
  const seq = Math.floor(i / 17_000) * 2 + (i % 2);
  return {
    name: `志愿者${i}`,
    sex: seq % 2 === 1 ? '男' : '女',
    idNumber: makeResidentId('370705', day, seq), // another district than the demo's, so no row matches a seeded volunteer
    phone: `150${String(i).padStart(8, '0')}`,
    tier: VILLAGES[i % VILLAGES.length],
    skills: i % 3 === 0 ? '急救、摄影' : '',
  };
}

async function writeCsv(path: string) {
  const out = createWriteStream(path);
  out.write('姓名,性别,身份证号,手机号,所属村/社区,技能\r\n');
  for (let i = 0; i < ROWS; i++) {
    const r = row(i);
    if (!out.write(`${r.name},${r.sex},${r.idNumber},${r.phone},${r.tier},${r.skills}\r\n`)) {
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

function upload(port: number, token: string, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/volunteers/import',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'text/csv',
          'content-length': statSync(path).size,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        );
      },
    );
    req.on('error', reject);
    createReadStream(path).pipe(req);
  });
}

async function baseline(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA bench_baseline;
    CREATE TABLE bench_baseline.volunteers (id serial PRIMARY KEY, name text, sex text, id_number text, phone text, tier text, skills text[]);
    CREATE UNIQUE INDEX ON bench_baseline.volunteers (id_number); CREATE UNIQUE INDEX ON bench_baseline.volunteers (phone);`);
  const started = performance.now();
  for (let from = 0; from < ROWS; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, ROWS - from) }, (_, k) => row(from + k));
    await client.query(
      `INSERT INTO bench_baseline.volunteers (name, sex, id_number, phone, tier, skills)
       SELECT n, s, i, p, t, string_to_array(k, '、') FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(n, s, i, p, t, k)`,
      [
        rows.map((r) => r.name),
        rows.map((r) => r.sex),
        rows.map((r) => r.idNumber),
        rows.map((r) => r.phone),
        rows.map((r) => r.tier),
        rows.map((r) => r.skills),
      ],
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return seconds;
}

async function main() {
  const { default: globalSetup } = await import(join(ROOT, 'libs/testing/src/global-setup.mjs'));
  const { default: globalTeardown } = await import(join(ROOT, 'libs/testing/src/global-teardown.mjs'));
  await globalSetup();
  const dir = mkdtempSync(join(tmpdir(), 'linli-bench-import-'));
  let system: TestSystem | undefined;
  try {
    const file = join(dir, 'volunteers.csv');
    await writeCsv(file);
    console.log(`generated ${ROWS.toLocaleString()} rows (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
    system = await TestSystem.start({ label: 'bench_import' });
    const token = await system.token('head');
    await system.gateway.listen(0, '127.0.0.1');
    const port = (system.gateway.getHttpServer().address() as AddressInfo).port;

    const baselineSeconds = await baseline(system.db.url);
    const started = performance.now();
    const res = await upload(port, token, file);
    const seconds = (performance.now() - started) / 1000;
    if (res.status !== 201) throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body)}`);
    const [{ n }] = await system.data
      .get('volunteers')!
      .query(`SELECT count(*)::int AS n FROM volunteers WHERE source = 'import' AND phone LIKE '150%'`);
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(`
import through gateway → NATS → volunteers: ${ROWS.toLocaleString()} rows in ${seconds.toFixed(1)} s = ${Math.round(ROWS / seconds).toLocaleString()} rows/s
  created ${res.body.created}, updated ${res.body.updated}, unchanged ${res.body.unchanged}, rejected ${res.body.rejectedCount}; rows in the table: ${n}
baseline (pg multi-row INSERT, plaintext, no checks): ${baselineSeconds.toFixed(1)} s = ${Math.round(ROWS / baselineSeconds).toLocaleString()} rows/s
peak RSS of this process (gateway + all services + bench): ${rss.toFixed(0)} MB
target: under 60 s → ${seconds < 60 ? 'met' : 'NOT met'}`);
    if (n !== ROWS) process.exitCode = 1;
  } finally {
    await system?.close();
    rmSync(dir, { recursive: true, force: true });
    await globalTeardown();
  }
}

await main();
