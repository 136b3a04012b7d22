// The cluster fault test: a mixed load through both gateways of a local cluster while NATS
// nodes, service replicas, a gateway and the PostgreSQL primary fail in turn, then a checker
// that reads the database and says whether anything acknowledged was lost or duplicated.
// Used by `npm run chaos:cluster` (cluster.run.ts) and, shorter, by cluster.chaos-spec.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD, DEMO_STATION } from '#linli/contracts';
import { serviceNames } from '#linli/platform/local';
import { LocalCluster, waitForGateway } from '../../deploy/local/cluster.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TENANT = DEMO_STATION.tenantId;
// Activities at the station's root, so every volunteer of the station is inside their area.
const ROOT_NODE = DEMO_STATION.rootNodeId;
/** After a fault ends, the system must serve again within this long; 503/504 are allowed until then. */
export const RECOVERY_LIMIT_MS = 10_000;

export type FaultKind = 'nats-node' | 'service-replicas' | 'gateway' | 'postgres-primary';

export interface FaultPlan {
  kind: FaultKind;
  /** Seconds into the load when the fault starts. */
  at: number;
  /** How long the broken part stays down, in ms. */
  downMs: number;
}

export interface FaultWindow {
  kind: FaultKind;
  start: number;
  /** When the broken part was back (restarted and answering). */
  end: number;
  /** From `end` until every probe through both gateways answered 2xx again. */
  recoveryMs: number;
}

interface Answer {
  at: number;
  status: number;
  what: string;
  /** A request sent through a gateway that refused the connection never reached the system. */
  refused?: boolean;
}

export interface FaultResult {
  durationS: number;
  sent: number;
  acknowledged: number;
  lost: number;
  duplicated: number;
  overbookedShifts: number;
  badWaitlists: number;
  orphanEntries: number;
  unexpectedStatuses: number;
  outsideWindows: number;
  faults: FaultWindow[];
  /** What `/health` listed once the cluster was up: replicas per service, and the NATS nodes. */
  health: { replicas: Record<string, number>; natsServers: number };
  /** Acknowledged writes of each kind. */
  writes: { signups: number; checkOuts: number; leaderEntries: number; approvals: number; statusChanges: number };
  details: string[];
  /** One line of figures, as printed. */
  line: string;
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** A path with its ids taken out, to count answers by route. */
const route = (path: string) => path.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');

/** Both gateways as one client: each request goes to the next gateway; a refused connection fails over. */
class Gateways {
  private next = 0;
  answers: Answer[] = [];
  token = '';

  constructor(private readonly ports: number[]) {}

  async call(
    path: string,
    init: RequestInit = {},
    record = true,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    for (let attempt = 0; attempt < this.ports.length * 2; attempt++) {
      const port = this.ports[this.next++ % this.ports.length];
      const at = Date.now();
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
          ...init,
          headers: {
            ...(init.headers as Record<string, string>),
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          },
          signal: AbortSignal.timeout(20_000),
        });
        const text = await res.text();
        let body: Record<string, unknown> = {};
        try {
          body = text ? JSON.parse(text) : {};
        } catch {
          body = { text };
        }
        if (record)
          this.answers.push({
            at,
            status: res.status,
            what: `${init.method ?? 'GET'} ${route(path)} ${String(body.code ?? '')}`,
          });
        return { status: res.status, body };
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code;
        if (code === 'ECONNREFUSED') {
          // Never sent: the other gateway takes it.
          if (record) this.answers.push({ at, status: 0, refused: true, what: route(path) });
          await sleep(50);
          continue;
        }
        // Sent, and the connection broke: the outcome is unknown, like a 504.
        if (record) this.answers.push({ at, status: 599, what: route(path) });
        return { status: 599, body: {} };
      }
    }
    return { status: 0, body: {} };
  }
}

interface Ledger {
  signups: Map<string, Array<'signup' | 'cancel' | 'unknown'>>;
  checkOuts: Array<{ shift: string; volunteer: string }>;
  entries: Array<{ id?: string; marker: string; acked: boolean }>;
  approvals: string[];
  statusChanges: Array<{ marker: string; acked: boolean }>;
}

const ok = (status: number) => status >= 200 && status < 300;
const unknownOutcome = (status: number) => status === 503 || status === 504 || status === 599 || status === 0;

/**
 * Runs the whole test: starts the cluster, loads it for `durationS` seconds while the faults
 * happen, lets the pipelines settle, checks the database and stops the cluster.
 */
export async function runClusterFaultTest(options: {
  durationS: number;
  faults: FaultPlan[];
  say?: (text: string) => void;
}): Promise<FaultResult> {
  const say = options.say ?? (() => undefined);
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-cluster-'));
  // PostgreSQL runs as its own system user when we are root: it must reach its data directory.
  chmodSync(dataDir, 0o755);
  const cluster = await LocalCluster.start({
    dataDir,
    env: {
      ...process.env,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      DATA_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: process.env.CHAOS_LOG_LEVEL ?? 'fatal',
      ACTIVITIES_JOBS: 'false',
      // Redeliver an event a killed replica took but never acknowledged after 5 s, not 30.
      ATTENDANCE_ACK_WAIT_MS: '5000',
      SHUTDOWN_GRACE_MS: '500',
    },
    say,
  });
  const db = new pg.Pool({ connectionString: cluster.databaseUrl, max: 2 });
  try {
    const waiting = await cluster.ready(120_000);
    if (waiting.length > 0) throw new Error(`not ready: ${waiting.join(', ')}`);
    say(`cluster ready: NATS ${cluster.nats.url}, gateways ${cluster.gatewayPorts.join(', ')}`);
    const gw = new Gateways(cluster.gatewayPorts);
    const login = await gw.call('/auth/login', json({ username: 'zhanzhang', password: DEMO_PASSWORD }), false);
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
    gw.token = String(login.body.accessToken);

    const report = (await (await fetch(`http://127.0.0.1:${cluster.gatewayPorts[0]}/health`)).json()) as {
      replicas?: Array<{ service: string }>;
      nats?: { servers: string[] };
    };
    const health = { replicas: {} as Record<string, number>, natsServers: report.nats?.servers.length ?? 0 };
    for (const r of report.replicas ?? []) health.replicas[r.service] = (health.replicas[r.service] ?? 0) + 1;
    const fixtures = await prepareFixtures(gw, db);
    const ledger: Ledger = { signups: new Map(), checkOuts: [], entries: [], approvals: [], statusChanges: [] };
    const start = Date.now();
    const deadline = start + options.durationS * 1000;
    const faults: FaultWindow[] = [];
    const workers = [
      // Each worker has shifts of its own, so what the ledger says happened to a pair is in order.
      signupWorker(
        gw,
        fixtures.signupShifts.filter((_, i) => i % 2 === 0),
        ledger,
        deadline,
      ),
      signupWorker(
        gw,
        fixtures.signupShifts.filter((_, i) => i % 2 === 1),
        ledger,
        deadline,
      ),
      attendanceWorker(gw, fixtures, ledger, deadline),
      hoursWorker(gw, fixtures, ledger, deadline),
      statusWorker(gw, fixtures, ledger, deadline),
      readWorker(gw, deadline),
    ];
    const faulting = (async () => {
      for (const fault of options.faults) {
        const wait = start + fault.at * 1000 - Date.now();
        if (wait > 0) await sleep(wait);
        say(`fault: ${fault.kind}`);
        faults.push(await inject(cluster, gw, fault));
      }
    })();
    await Promise.all([...workers, faulting]);
    const durationS = (Date.now() - start) / 1000;
    say('load done; waiting for the pipelines to settle');
    await settle(db, ledger);
    return { ...(await check(db, gw, ledger, fixtures, faults, durationS)), health };
  } finally {
    await db.end().catch(() => undefined);
    await cluster.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Fixtures {
  /** Shifts of 5 places, each with its own volunteers (so no clash between shifts). */
  signupShifts: Array<{ id: string; volunteers: string[] }>;
  attendanceShift: string;
  attendanceVolunteers: string[];
  hoursVolunteers: string[];
  organisations: string[];
}

async function prepareFixtures(gw: Gateways, db: pg.Pool): Promise<Fixtures> {
  // Activities and hours keep copies of the volunteers, filled from the volunteers service's events.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { rows } = await db.query(
      `SELECT (SELECT count(*)::int FROM volunteers.volunteers WHERE tenant_id = $1) AS source,
              (SELECT count(*)::int FROM activities.volunteers WHERE tenant_id = $1) AS activities,
              (SELECT count(*)::int FROM hours.volunteers WHERE tenant_id = $1) AS hours`,
      [TENANT],
    );
    if (rows[0].activities >= rows[0].source && rows[0].hours >= rows[0].source) break;
    if (Date.now() > deadline) throw new Error(`volunteer copies incomplete: ${JSON.stringify(rows[0])}`);
    await sleep(1000);
  }
  const rows = (
    await db.query(
      `SELECT id FROM activities.volunteers
        WHERE tenant_id = $1 AND status = 'active' AND birth_date < '2000-01-01' ORDER BY id LIMIT 600`,
      [TENANT],
    )
  ).rows.map((r: { id: string }) => r.id);
  if (rows.length < 400) throw new Error(`only ${rows.length} adult volunteers in the demo`);
  const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
  const create = async (path: string, body: unknown) => {
    const res = await gw.call(path, json(body, { 'idempotency-key': randomUUID() }), false);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const activity = await create('/activities', {
    title: '集群演练活动',
    tierNodeId: ROOT_NODE,
    location: '九龙街道',
    startsAt: hours(-1),
    endsAt: hours(24 * 10),
    riskLevel: 'low',
  });
  const signupShifts: Fixtures['signupShifts'] = [];
  for (let i = 0; i < 8; i++) {
    const shift = await create(`/activities/${activity.id}/shifts`, {
      startsAt: hours(48 + i * 3),
      endsAt: hours(49 + i * 3),
      capacity: 5,
    });
    signupShifts.push({
      id: (shift.items as Array<{ id: string }>)[0].id,
      volunteers: rows.slice(i * 30, i * 30 + 30),
    });
  }
  const attendance = await create(`/activities/${activity.id}/shifts`, {
    startsAt: hours(0.25),
    endsAt: hours(2.25),
    capacity: 1000,
  });
  const organisations = (
    await db.query(
      `SELECT id FROM organisations.organisations WHERE tenant_id = $1 AND status = 'active' ORDER BY id LIMIT 20`,
      [TENANT],
    )
  ).rows.map((r: { id: string }) => r.id);
  return {
    signupShifts,
    attendanceShift: (attendance.items as Array<{ id: string }>)[0].id,
    attendanceVolunteers: rows.slice(240, 480),
    hoursVolunteers: rows.slice(480, 600),
    organisations,
  };
}

const pause = () => sleep(40 + Math.random() * 80);

async function signupWorker(gw: Gateways, shifts: Fixtures['signupShifts'], ledger: Ledger, deadline: number) {
  while (Date.now() < deadline) {
    const shift = shifts[Math.floor(Math.random() * shifts.length)];
    const volunteer = shift.volunteers[Math.floor(Math.random() * shift.volunteers.length)];
    const key = `${shift.id}/${volunteer}`;
    const history = ledger.signups.get(key) ?? [];
    ledger.signups.set(key, history);
    const signedUp = history.filter((h) => h !== 'unknown').at(-1) === 'signup';
    if (signedUp) {
      const res = await gw.call(`/shifts/${shift.id}/signups/${volunteer}`, { method: 'DELETE' });
      // 404: no live sign-up, which the server says is so (an earlier unknown cancel went through).
      if (ok(res.status) || res.status === 404) history.push('cancel');
      else if (unknownOutcome(res.status)) history.push('unknown');
    } else {
      const res = await gw.call(`/shifts/${shift.id}/signups`, json({ volunteerId: volunteer }));
      if (ok(res.status)) history.push('signup');
      else if (unknownOutcome(res.status)) history.push('unknown');
    }
    await pause();
  }
}

async function attendanceWorker(gw: Gateways, f: Fixtures, ledger: Ledger, deadline: number) {
  for (const volunteer of f.attendanceVolunteers) {
    if (Date.now() >= deadline) return;
    const shift = f.attendanceShift;
    // Each step is tried again while the outcome is unknown: signing up or checking in twice is refused, never doubled.
    const step = async (path: string, body: unknown) => {
      for (let tries = 0; tries < 20 && Date.now() < deadline + 15_000; tries++) {
        const res = await gw.call(path, json(body));
        if (ok(res.status)) return true;
        if (!unknownOutcome(res.status)) return res.status === 409;
        await sleep(500);
      }
      return false;
    };
    if (!(await step(`/shifts/${shift}/signups`, { volunteerId: volunteer }))) continue;
    if (!(await step(`/shifts/${shift}/check-in`, { volunteerId: volunteer }))) continue;
    const res = await gw.call(`/shifts/${shift}/check-out`, json({ volunteerId: volunteer }));
    if (ok(res.status)) ledger.checkOuts.push({ shift, volunteer });
    await pause();
  }
}

async function hoursWorker(gw: Gateways, f: Fixtures, ledger: Ledger, deadline: number) {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  while (Date.now() < deadline) {
    const marker = `集群演练 ${randomUUID()}`;
    const key = randomUUID();
    const body = {
      volunteerId: f.hoursVolunteers[Math.floor(Math.random() * f.hoursVolunteers.length)],
      date: today,
      minutes: 30 + Math.floor(Math.random() * 90),
      content: marker,
      place: '九龙街道',
      recipients: '居民 3 人',
    };
    // An unknown outcome is tried again with the same Idempotency-Key: at most one entry either way.
    let res = await gw.call('/hours', json(body, { 'idempotency-key': key }));
    for (let tries = 0; unknownOutcome(res.status) && tries < 5 && Date.now() < deadline + 15_000; tries++) {
      await sleep(500);
      res = await gw.call('/hours', json(body, { 'idempotency-key': key }));
    }
    const entry = { id: ok(res.status) ? String(res.body.id) : undefined, marker, acked: ok(res.status) };
    ledger.entries.push(entry);
    if (entry.id) {
      const approved = await gw.call(`/hours/${entry.id}/approve`, json({}));
      if (ok(approved.status)) ledger.approvals.push(entry.id);
    }
    await pause();
  }
}

async function statusWorker(gw: Gateways, f: Fixtures, ledger: Ledger, deadline: number) {
  const current = new Map(f.organisations.map((id) => [id, 'active']));
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  while (Date.now() < deadline) {
    const id = f.organisations[Math.floor(Math.random() * f.organisations.length)];
    const to = current.get(id) === 'active' ? 'dormant' : 'active';
    const marker = `集群演练 ${randomUUID()}`;
    const res = await gw.call(`/organisations/${id}/status`, json({ status: to, reason: marker, effectiveOn: today }));
    if (ok(res.status)) current.set(id, to);
    else if (res.status === 409) current.set(id, to); // an earlier unknown change had gone through
    ledger.statusChanges.push({ marker, acked: ok(res.status) });
    await pause();
  }
}

const PROBES = [
  '/organisations?pageSize=5',
  '/volunteers?pageSize=5',
  '/shifts?pageSize=5',
  '/hours?pageSize=5',
  '/teams',
];

async function readWorker(gw: Gateways, deadline: number) {
  for (let i = 0; Date.now() < deadline; i++) {
    await gw.call(PROBES[i % PROBES.length]);
    await pause();
  }
}

/** Breaks one part, waits, brings it back; then measures how long until every probe answers through both gateways. */
async function inject(cluster: LocalCluster, gw: Gateways, fault: FaultPlan): Promise<FaultWindow> {
  const start = Date.now();
  switch (fault.kind) {
    case 'nats-node': {
      const node = cluster.nats.nodes[1];
      await node.kill('SIGKILL');
      await sleep(fault.downMs);
      await node.start();
      break;
    }
    case 'service-replicas': {
      const victims = serviceNames().map((name) => cluster.replicasOf(name)[0]);
      await Promise.all(victims.map((v) => v.kill()));
      await sleep(fault.downMs);
      for (const v of victims) v.start();
      break;
    }
    case 'gateway': {
      const gateway = cluster.gateways[0];
      await gateway.kill();
      await sleep(fault.downMs);
      gateway.start();
      // Back once it answers again; meanwhile the other gateway serves.
      await waitForGateway(cluster.gatewayPorts[0], 60_000);
      break;
    }
    case 'postgres-primary':
      await cluster.restartPrimary(fault.downMs);
      break;
  }
  const end = Date.now();
  // Serving again: each probe answers 2xx in one round, through whichever gateways are up.
  let recoveryMs = -1;
  while (Date.now() - end < 60_000) {
    const round = await Promise.all(PROBES.map((p) => gw.call(p, {}, false).then((r) => ok(r.status))));
    if (round.every(Boolean)) {
      recoveryMs = Date.now() - end;
      break;
    }
    await sleep(250);
  }
  return { kind: fault.kind, start, end, recoveryMs };
}

/** Waits until every check-out has its ledger entry (the event pipeline is asynchronous), at most 90 s. */
async function settle(db: pg.Pool, ledger: Ledger) {
  const deadline = Date.now() + 90_000;
  let last = '';
  while (Date.now() < deadline) {
    const { rows } = await db.query(
      `SELECT (SELECT count(*)::int FROM activities.signups WHERE tenant_id = $1 AND checked_out_at IS NOT NULL) AS outs,
              (SELECT count(*)::int FROM hours.entries WHERE tenant_id = $1 AND kind = 'attendance') AS entries`,
      [TENANT],
    );
    const now = `${rows[0].outs}/${rows[0].entries}`;
    if (rows[0].outs === rows[0].entries && rows[0].outs >= ledger.checkOuts.length && now === last) return;
    last = now;
    await sleep(2000);
  }
}

async function check(
  db: pg.Pool,
  gw: Gateways,
  ledger: Ledger,
  f: Fixtures,
  faults: FaultWindow[],
  durationS: number,
): Promise<Omit<FaultResult, 'health'>> {
  const details: string[] = [];
  let lost = 0;
  let duplicated = 0;

  // Sign-ups: the last acknowledged operation of each pair stands, unless an unknown one came after.
  const shiftIds = [...f.signupShifts.map((s) => s.id), f.attendanceShift];
  const live = new Map<string, number>();
  for (const row of (
    await db.query(
      `SELECT shift_id, volunteer_id, count(*)::int AS n FROM activities.signups
        WHERE shift_id = ANY($1) AND status IN ('confirmed', 'waitlisted') GROUP BY shift_id, volunteer_id`,
      [shiftIds],
    )
  ).rows)
    live.set(`${row.shift_id}/${row.volunteer_id}`, row.n);
  for (const [key, history] of ledger.signups) {
    const n = live.get(key) ?? 0;
    if (n > 1) {
      duplicated++;
      details.push(`sign-up ${key} live ${n} times`);
    }
    const last = history.at(-1);
    if (last === 'signup' && n !== 1) {
      lost++;
      details.push(`acknowledged sign-up ${key} missing`);
    }
    if (last === 'cancel' && n !== 0) {
      lost++;
      details.push(`acknowledged cancellation ${key} not applied`);
    }
  }
  const overbooked = (
    await db.query(
      `SELECT s.id FROM activities.shifts s
        WHERE s.id = ANY($1)
          AND (SELECT count(*) FROM activities.signups g WHERE g.shift_id = s.id AND g.status = 'confirmed') > s.capacity`,
      [shiftIds],
    )
  ).rowCount;
  const badWaitlists = (
    await db.query(
      `SELECT shift_id FROM activities.signups WHERE shift_id = ANY($1) AND status = 'waitlisted'
        GROUP BY shift_id HAVING min(position) <> 1 OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)`,
      [shiftIds],
    )
  ).rowCount;

  // Check-outs: each acknowledged one has exactly one ledger entry; no entry without its check-out.
  const entriesBySignup = new Map<string, number>();
  for (const row of (
    await db.query(
      `SELECT attendance_id, count(*)::int AS n FROM hours.entries WHERE tenant_id = $1 AND kind = 'attendance' GROUP BY attendance_id`,
      [TENANT],
    )
  ).rows)
    entriesBySignup.set(row.attendance_id, row.n);
  const checkedOut = new Map<string, string>();
  for (const row of (
    await db.query(
      `SELECT id, shift_id, volunteer_id FROM activities.signups WHERE tenant_id = $1 AND checked_out_at IS NOT NULL`,
      [TENANT],
    )
  ).rows)
    checkedOut.set(`${row.shift_id}/${row.volunteer_id}`, row.id);
  for (const c of ledger.checkOuts) {
    const signup = checkedOut.get(`${c.shift}/${c.volunteer}`);
    const n = signup ? (entriesBySignup.get(signup) ?? 0) : 0;
    if (n === 0) {
      lost++;
      details.push(`acknowledged check-out ${c.volunteer} has no ledger entry`);
    } else if (n > 1) {
      duplicated++;
      details.push(`check-out ${c.volunteer} has ${n} entries`);
    }
  }
  const signupIds = new Set(checkedOut.values());
  const orphanEntries = [...entriesBySignup.keys()].filter((id) => !signupIds.has(id)).length;

  // Leader entries and approvals, organisation status changes: once each.
  const markers = new Map<string, number>();
  for (const row of (
    await db.query(
      `SELECT content, count(*)::int AS n FROM hours.entries WHERE tenant_id = $1 AND content LIKE '集群演练 %' GROUP BY content`,
      [TENANT],
    )
  ).rows)
    markers.set(row.content, row.n);
  for (const e of ledger.entries) {
    const n = markers.get(e.marker) ?? 0;
    if (n > 1) {
      duplicated++;
      details.push(`entry "${e.marker}" stored ${n} times`);
    }
    if (e.acked && n === 0) {
      lost++;
      details.push(`acknowledged entry ${e.id} missing`);
    }
  }
  const approved = new Set(
    (
      await db.query(
        `SELECT entry_id FROM hours.entry_decisions WHERE tenant_id = $1 AND decision = 'approved' AND entry_id = ANY($2)`,
        [TENANT, ledger.approvals],
      )
    ).rows.map((r: { entry_id: string }) => r.entry_id),
  );
  for (const id of ledger.approvals)
    if (!approved.has(id)) {
      lost++;
      details.push(`acknowledged approval of ${id} missing`);
    }
  const reasons = new Map<string, number>();
  for (const row of (
    await db.query(
      `SELECT reason, count(*)::int AS n FROM organisations.organisation_status_changes WHERE reason LIKE '集群演练 %' GROUP BY reason`,
    )
  ).rows)
    reasons.set(row.reason, row.n);
  for (const s of ledger.statusChanges) {
    const n = reasons.get(s.marker) ?? 0;
    if (n > 1) {
      duplicated++;
      details.push(`status change "${s.marker}" stored ${n} times`);
    }
    if (s.acked && n === 0) {
      lost++;
      details.push(`acknowledged status change "${s.marker}" missing`);
    }
  }

  // Answers: only 2xx, 4xx, 503 and 504; the unavailable ones only inside a fault and its recovery.
  const inWindow = (at: number) =>
    faults.some((w) => at >= w.start - 1000 && at <= w.end + Math.max(w.recoveryMs, 0) + RECOVERY_LIMIT_MS);
  let unexpected = 0;
  let outside = 0;
  for (const a of gw.answers) {
    const allowed =
      (a.status >= 200 && a.status < 500) || a.status === 503 || a.status === 504 || a.refused || a.status === 599;
    if (!allowed) {
      unexpected++;
      details.push(`answer ${a.status} at +${a.at}`);
    }
    if ((a.status >= 500 || a.refused) && !inWindow(a.at)) {
      outside++;
      details.push(`answer ${a.refused ? 'refused' : a.status} outside any fault window`);
    }
  }
  const refusals = new Map<string, number>();
  for (const a of gw.answers)
    if (!(a.status >= 200 && a.status < 300))
      refusals.set(`${a.status} ${a.what}`, (refusals.get(`${a.status} ${a.what}`) ?? 0) + 1);
  details.push(
    ...[...refusals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([what, n]) => `${n} × ${what}`),
  );
  const sent = gw.answers.filter((a) => !a.refused).length;
  const acknowledged = gw.answers.filter((a) => a.status >= 200 && a.status < 300).length;
  const recoveries = faults.map(
    (w) => `${w.kind} ${w.recoveryMs < 0 ? 'never' : `${(w.recoveryMs / 1000).toFixed(1)} s`}`,
  );
  const line =
    `${durationS.toFixed(0)} s: sent ${sent}, acknowledged ${acknowledged}, lost ${lost}, duplicated ${duplicated}, ` +
    `overbooked shifts ${overbooked}, bad waitlists ${badWaitlists}, orphan entries ${orphanEntries}, ` +
    `unexpected statuses ${unexpected}, 5xx outside fault windows ${outside}; recovery: ${recoveries.join(', ')}; ` +
    `check-outs ${ledger.checkOuts.length}, leader entries ${ledger.entries.filter((e) => e.acked).length}, ` +
    `approvals ${ledger.approvals.length}, status changes ${ledger.statusChanges.filter((s) => s.acked).length}`;
  return {
    durationS,
    sent,
    acknowledged,
    lost,
    duplicated,
    overbookedShifts: overbooked ?? 0,
    badWaitlists: badWaitlists ?? 0,
    orphanEntries,
    unexpectedStatuses: unexpected,
    outsideWindows: outside,
    faults,
    writes: {
      signups: [...ledger.signups.values()].flat().filter((h) => h === 'signup').length,
      checkOuts: ledger.checkOuts.length,
      leaderEntries: ledger.entries.filter((e) => e.acked).length,
      approvals: ledger.approvals.length,
      statusChanges: ledger.statusChanges.filter((c) => c.acked).length,
    },
    details: details.slice(0, 30),
    line,
  };
}
