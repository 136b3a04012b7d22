// A cluster on one machine: a 3-node NATS cluster with JetStream on every node, PostgreSQL
// with a streaming standby, two replicas of every service in their queue groups and two
// gateways, each a real process that can be killed and started again. `npm start -- --cluster`
// runs it; `npm run chaos:cluster` and the cluster chaos test break it on purpose.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import type { LocalNatsCluster, LocalPostgres, LocalStandby } from '#linli/platform/local';
import { entryOf, GATEWAY_ENTRY } from '../registry.js';
import type { PrepareMessage } from './prepare.js';

/** The repository root, whether this runs compiled (dist/deploy/local) or from its source (deploy/local). */
const HERE = fileURLToPath(new URL('.', import.meta.url));
export const ROOT = resolve(HERE, HERE.includes(`${sep}dist${sep}`) ? '../../..' : '../..');
const PREPARE_ENTRY = 'dist/deploy/local/prepare.js';
const DATABASE_NAME = 'linli';
const STOP_GRACE_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type LineSink = (name: string, line: string, stream: 'out' | 'err') => void;

function relay(stream: Readable | null, name: string, which: 'out' | 'err', sink?: LineSink) {
  if (!stream) return;
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) sink?.(name, line, which);
  });
}

const RESTARTS_PER_MINUTE = 5;

/** At most `RESTARTS_PER_MINUTE` restarts in any minute: returns how long to wait before the next. */
export class RestartBudget {
  private readonly times: number[] = [];

  nextDelay(): number {
    const now = Date.now();
    while (this.times.length > 0 && now - this.times[0] > 60_000) this.times.shift();
    return this.times.length < RESTARTS_PER_MINUTE ? 1000 : 60_000 - (now - this.times[0]) + 1000;
  }

  record() {
    this.times.push(Date.now());
  }
}

/** What a process that restarts itself says, and when it must not (the whole system is stopping). */
export interface RestartPolicy {
  report: (message: string, severe: boolean) => void;
  stopping: () => boolean;
}

/**
 * One Node process of ours (a service replica or a gateway). With a restart policy it is
 * started again when it dies unexpectedly, at most five times a minute; without one it stays
 * down until `start()` (a fault test brings back what it broke).
 */
export class NodeProcess {
  child?: ChildProcess;
  /** Set while the process should be running. */
  private wanted = false;
  private timer?: NodeJS.Timeout;
  private readonly budget = new RestartBudget();

  constructor(
    readonly name: string,
    readonly entry: string,
    readonly env: NodeJS.ProcessEnv,
    private readonly sink?: LineSink,
    private readonly restart?: RestartPolicy,
  ) {}

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    this.wanted = true;
    const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, this.entry)], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    relay(child.stdout, this.name, 'out', this.sink);
    relay(child.stderr, this.name, 'err', this.sink);
    child.once('error', (error) => this.restart?.report(`${this.name}: ${error.message}`, true));
    child.once('exit', (code, signal) => this.exited(child, code, signal));
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null) {
    if (this.child !== child) return;
    this.child = undefined;
    const policy = this.restart;
    if (!this.wanted || !policy || policy.stopping()) return;
    const delay = this.budget.nextDelay();
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (delay > 1000) {
      policy.report(
        `${this.name} exited (${how}); restarted ${RESTARTS_PER_MINUTE} times in the last minute, ` +
          `next attempt in ${Math.round(delay / 1000)} s / 一分钟内已重启 ${RESTARTS_PER_MINUTE} 次`,
        true,
      );
    } else {
      policy.report(`${this.name} exited unexpectedly (${how}); restarting / 意外退出，正在重启`, false);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.wanted || policy.stopping()) return;
      this.budget.record();
      this.start();
    }, delay);
  }

  /** A crash: SIGKILL, nothing flushed, no goodbye. */
  async kill(): Promise<void> {
    this.wanted = false;
    clearTimeout(this.timer);
    await this.signal('SIGKILL');
  }

  /** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
  async stop(): Promise<void> {
    this.wanted = false;
    clearTimeout(this.timer);
    const timer = setTimeout(() => {
      this.restart?.report(`${this.name} did not stop within ${STOP_GRACE_MS / 1000} s; killing it`, false);
      this.child?.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await this.signal('SIGTERM');
    clearTimeout(timer);
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }
}

/** Applies every service's migrations and loads the demo data, in a process of its own. */
export function runPrepare(
  databaseUrl: string,
  dataKey: string,
  onProgress: (text: string) => void = () => undefined,
): { done: Promise<{ demoPassword: string; demoLogins: { login: string; who: string }[] }>; child: ChildProcess } {
  const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, PREPARE_ENTRY)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_KEY: dataKey },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const done = new Promise<{ demoPassword: string; demoLogins: { login: string; who: string }[] }>(
    (resolve, reject) => {
      let outcome: { demoPassword: string; demoLogins: { login: string; who: string }[] } | Error | undefined;
      child.on('message', (message: PrepareMessage) => {
        if (message.type === 'progress') onProgress(message.text);
        else if (message.type === 'done')
          outcome = { demoPassword: message.demoPassword, demoLogins: message.demoLogins };
        else outcome = new Error(message.error);
      });
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        if (outcome && !(outcome instanceof Error)) resolve(outcome);
        else reject(outcome ?? new Error(`migrations stopped (${signal ?? `exit ${code}`})`));
      });
    },
  );
  return { done, child };
}

/** Waits until every service answers its health check over NATS with `ready`; the names still waiting otherwise. */
export async function waitForServices(
  natsUrl: string,
  names: string[],
  timeoutMs: number,
  hooks: { onReady?: (name: string) => void; stopped?: () => boolean } = {},
): Promise<string[]> {
  const { connect } = await import('@nats-io/transport-node');
  const nc = await connect({ servers: natsUrl.split(','), name: 'linli-launcher', waitOnFirstConnect: true });
  const pending = new Set(names);
  const deadline = Date.now() + timeoutMs;
  try {
    while (pending.size > 0 && Date.now() < deadline && !hooks.stopped?.()) {
      for (const name of [...pending]) {
        const subject = `${name}.health.check`;
        try {
          const reply = await nc.request(
            subject,
            JSON.stringify({ pattern: subject, data: {}, id: `launcher-${name}` }),
            {
              timeout: 2000,
            },
          );
          if ((reply.json() as { response?: { status?: string } }).response?.status === 'ready') {
            pending.delete(name);
            hooks.onReady?.(name);
          }
        } catch {
          // not subscribed yet, or still connecting to its database
        }
      }
      if (pending.size > 0) await sleep(500);
    }
  } finally {
    await nc.close();
  }
  return [...pending];
}

/** Waits until the gateway on `port` answers `GET /health` with 200. */
export async function waitForGateway(port: number, timeoutMs: number, stopped?: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopped?.()) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  return false;
}

export interface ClusterPlan {
  /** Where PostgreSQL's and NATS's data live (kept between runs). */
  dataDir: string;
  /** Replicas of every service (default 2). */
  replicas?: number;
  /** Client ports of the gateways, one gateway per port (default two free ports). */
  gatewayPorts?: number[];
  natsPorts?: number[];
  pgPort?: number;
  standbyPort?: number;
  /** Settings every process gets (AUTH_SECRET, DATA_KEY, LOG_LEVEL, …). */
  env: NodeJS.ProcessEnv;
  /** What one service's processes get on top of `env` (the keys only it signs with). */
  serviceEnv?: (service: string) => NodeJS.ProcessEnv;
  /** The gateways' settings, from the common ones (a gateway holds no signing secret). */
  gatewayEnv?: (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv;
  /** Restart what dies by itself (the launcher); a fault test restarts what it broke itself. */
  restart?: RestartPolicy;
  sink?: LineSink;
  say?: (text: string) => void;
}

/** A running local cluster and the handles a fault test pulls on. */
export class LocalCluster {
  nats!: LocalNatsCluster;
  primary!: LocalPostgres;
  standby?: LocalStandby;
  databaseUrl!: string;
  readUrl?: string;
  services: NodeProcess[] = [];
  gateways: NodeProcess[] = [];
  gatewayPorts: number[] = [];
  demo?: { demoPassword: string; demoLogins: { login: string; who: string }[] };
  private pgPort = 0;

  private constructor(private readonly plan: ClusterPlan) {}

  static async start(plan: ClusterPlan): Promise<LocalCluster> {
    const cluster = new LocalCluster(plan);
    try {
      await cluster.boot();
    } catch (error) {
      await cluster.stop().catch(() => undefined);
      throw error;
    }
    return cluster;
  }

  private get primaryDir() {
    return join(this.plan.dataDir, 'postgres');
  }

  private get standbyDir() {
    return join(this.plan.dataDir, 'postgres-standby');
  }

  private async boot() {
    const platform = await import('#linli/platform/local');
    const say = this.plan.say ?? (() => undefined);
    mkdirSync(this.plan.dataDir, { recursive: true });
    say('starting a 3-node NATS cluster with JetStream / 启动 3 节点 NATS 集群');
    this.nats = await platform.startNatsCluster({
      dataDir: join(this.plan.dataDir, 'nats'),
      ports: this.plan.natsPorts,
      log: (node, text) => {
        for (const line of text.split('\n')) if (/\[(WRN|ERR|FTL)\]/.test(line)) this.plan.sink?.(node, line, 'err');
      },
    });
    if (!this.nats.syncAlways) {
      say(
        'nats-server < 2.10 has no sync_interval: an acknowledged event is on 3 nodes, flushed to disk on the default interval',
      );
    }

    this.pgPort = this.plan.pgPort ?? (await platform.freePort());
    say(`starting PostgreSQL on port ${this.pgPort} / 启动 PostgreSQL 主库`);
    this.primary = await platform.startEmbeddedPostgres({
      dataDir: this.primaryDir,
      port: this.pgPort,
      persistent: true,
    });
    this.databaseUrl = await platform.ensureDatabase(this.primary.adminUrl, DATABASE_NAME);
    const dataKey = this.plan.env.DATA_KEY ?? '';
    this.demo = await runPrepare(this.databaseUrl, dataKey, say).done;

    // The standby starts from a copy of the cleanly stopped primary, then streams from it.
    const standbyPort = this.plan.standbyPort ?? (await platform.freePort());
    await this.primary.stop();
    const fresh = platform.prepareStandby({
      primaryDir: this.primaryDir,
      standbyDir: this.standbyDir,
      primaryPort: this.pgPort,
    });
    this.primary = await platform.startEmbeddedPostgres({
      dataDir: this.primaryDir,
      port: this.pgPort,
      persistent: true,
    });
    say(`${fresh ? 'created' : 'starting'} a streaming standby on port ${standbyPort} / 启动流复制只读副本`);
    this.standby = await platform.startStandby({ dataDir: this.standbyDir, port: standbyPort });
    const read = new URL(this.databaseUrl);
    read.port = String(standbyPort);
    this.readUrl = read.toString();

    const env: NodeJS.ProcessEnv = {
      ...this.plan.env,
      DATABASE_URL: this.databaseUrl,
      DATABASE_READ_URL: this.readUrl,
      NATS_URL: this.nats.url,
      EVENTS_REPLICAS: '3',
    };
    delete env.PORT;
    const replicas = this.plan.replicas ?? 2;
    for (const name of platform.serviceNames()) {
      const own = { ...env, ...this.plan.serviceEnv?.(name) };
      for (let i = 1; i <= replicas; i++) {
        const p = new NodeProcess(`${name}-${i}`, entryOf(name), own, this.plan.sink, this.plan.restart);
        this.services.push(p);
        p.start();
      }
    }
    this.gatewayPorts = this.plan.gatewayPorts ?? [await platform.freePort(), await platform.freePort()];
    this.gatewayPorts.forEach((port, i) => {
      const g = new NodeProcess(
        `gateway-${i + 1}`,
        GATEWAY_ENTRY,
        { ...(this.plan.gatewayEnv?.(env) ?? env), PORT: String(port) },
        this.plan.sink,
        this.plan.restart,
      );
      this.gateways.push(g);
      g.start();
    });
    if (this.plan.restart) this.watchNats();
  }

  private stopping = false;
  private natsWatch?: NodeJS.Timeout;

  /** A NATS node that died by itself is started again (its peers keep the stream meanwhile). */
  private watchNats() {
    let busy = false;
    this.natsWatch = setInterval(async () => {
      if (busy || this.stopping) return;
      busy = true;
      try {
        for (const node of this.nats.nodes) {
          if (node.process && node.process.exitCode === null && node.process.signalCode === null) continue;
          this.plan.say?.(`${node.name} exited; restarting it / NATS 节点意外退出，正在重启`);
          await node.start().catch((error) => this.plan.say?.(`${node.name} restart failed: ${String(error)}`));
        }
      } finally {
        busy = false;
      }
    }, 2000);
  }

  /** Waits until every service and gateway answers; the names still waiting otherwise. */
  async ready(timeoutMs = 90_000): Promise<string[]> {
    const { serviceNames } = await import('#linli/platform/local');
    const waiting = await waitForServices(this.nats.url, [...serviceNames()], timeoutMs);
    const gateways = await Promise.all(this.gatewayPorts.map((port) => waitForGateway(port, timeoutMs)));
    return [...waiting, ...this.gatewayPorts.filter((_, i) => !gateways[i]).map((p) => `gateway:${p}`)];
  }

  /** The replicas of one service. */
  replicasOf(service: string): NodeProcess[] {
    return this.services.filter((p) => p.name.replace(/-\d+$/, '') === service);
  }

  /** Stops the primary (fast shutdown), keeps it down for `downMs`, and starts it again on the same data. */
  async restartPrimary(downMs: number): Promise<void> {
    const platform = await import('#linli/platform/local');
    await this.primary.stop();
    await sleep(downMs);
    this.primary = await platform.startEmbeddedPostgres({
      dataDir: this.primaryDir,
      port: this.pgPort,
      persistent: true,
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.natsWatch);
    await Promise.all(this.gateways.map((g) => g.stop()));
    await Promise.all(this.services.map((s) => s.stop()));
    await this.nats?.stop();
    await this.standby?.stop().catch(() => undefined);
    await this.primary?.stop().catch(() => undefined);
  }
}
