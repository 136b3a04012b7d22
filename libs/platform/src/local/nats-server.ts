import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { freePort, isReachable } from './free-port.js';

export const NATS_INSTALL_HINT =
  'nats-server 未找到 / nats-server was not found on PATH.\n' +
  '  Debian/Ubuntu: sudo apt-get install -y nats-server\n' +
  '  macOS: brew install nats-server\n' +
  '  or download it from the NATS releases page, or set NATS_URL to a running server.';

export function natsServerAvailable(): boolean {
  const probe = spawnSync('nats-server', ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

export interface LocalNats {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a private `nats-server` with JetStream, storing under `storeDir`, and waits until it accepts connections. */
export async function startNatsServer(options: {
  storeDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<LocalNats> {
  if (!natsServerAvailable()) throw new Error(NATS_INSTALL_HINT);
  mkdirSync(options.storeDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const child = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', options.storeDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 50) output.shift();
    options.log?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const deadline = Date.now() + 10_000;
  while (!(await isReachable('127.0.0.1', port, 200))) {
    if (child.exitCode !== null) throw new Error(`nats-server exited (${child.exitCode}):\n${output.join('')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nats-server did not start on port ${port}:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    process: child,
    stop: () => stopChild(child),
  };
}

/** SIGTERM, then SIGKILL after 5 s; resolves when the process has exited. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
