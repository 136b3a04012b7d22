import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { NATS_INSTALL_HINT, natsServerAvailable, stopChild } from './nats-server.js';

/** One node of a local NATS cluster: its client, route and monitoring ports, and its own store. */
export interface NatsNode {
  name: string;
  port: number;
  routePort: number;
  monitorPort: number;
  storeDir: string;
  url: string;
  process?: ChildProcess;
  /** Starts (or restarts) the node and waits until its JetStream is healthy. */
  start(): Promise<void>;
  /** Sends `signal` (SIGKILL: a crash) and waits for the process to end. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface LocalNatsCluster {
  /** Every node's client URL, comma-separated: what `NATS_URL` takes. */
  url: string;
  nodes: NatsNode[];
  /** Whether JetStream writes are flushed to disk before they are acknowledged (`sync_interval: always`). */
  syncAlways: boolean;
  stop(): Promise<void>;
}

/** The installed nats-server's version, e.g. [2, 9, 10]. */
export function natsServerVersion(): number[] {
  const probe = spawnSync('nats-server', ['--version'], { encoding: 'utf8' });
  const match = /v?(\d+)\.(\d+)\.(\d+)/.exec(probe.stdout ?? '');
  return match ? match.slice(1).map(Number) : [0, 0, 0];
}

/**
 * `sync_interval: always` (flush every JetStream write before acknowledging it, so an
 * acknowledged event survives a node's power loss) exists from nats-server 2.10 on.
 */
export function supportsSyncAlways(version = natsServerVersion()): boolean {
  const [major, minor] = version;
  return major > 2 || (major === 2 && minor >= 10);
}

/** The node's configuration file: client port, routes to every other node, JetStream with its own store. */
export function natsNodeConfig(
  node: Pick<NatsNode, 'name' | 'port' | 'routePort' | 'monitorPort' | 'storeDir'>,
  peers: Array<Pick<NatsNode, 'routePort'>>,
  clusterName: string,
  syncAlways: boolean,
): string {
  const routes = peers.map((p) => `nats-route://127.0.0.1:${p.routePort}`).join(', ');
  return [
    `server_name: ${node.name}`,
    `listen: 127.0.0.1:${node.port}`,
    `http: 127.0.0.1:${node.monitorPort}`,
    `jetstream {`,
    `  store_dir: "${node.storeDir}"`,
    ...(syncAlways ? ['  sync_interval: always'] : []),
    `}`,
    `cluster {`,
    `  name: ${clusterName}`,
    `  listen: 127.0.0.1:${node.routePort}`,
    `  routes: [${routes}]`,
    `}`,
    '',
  ].join('\n');
}

async function healthy(monitorPort: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${monitorPort}/healthz`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * A NATS cluster of `size` nodes on loopback (routes between them, JetStream on each, every
 * node with its own store under `dataDir`), as a replicated stream needs. Each node can be
 * killed and started again, the way a node crashes and comes back.
 */
export async function startNatsCluster(options: {
  dataDir: string;
  size?: number;
  /** Client ports of the nodes, in order; free ports when absent. */
  ports?: number[];
  name?: string;
  log?: (node: string, text: string) => void;
}): Promise<LocalNatsCluster> {
  if (!natsServerAvailable()) throw new Error(NATS_INSTALL_HINT);
  const size = options.size ?? 3;
  const syncAlways = supportsSyncAlways();
  const nodes: NatsNode[] = [];
  for (let i = 0; i < size; i++) {
    const name = `nats-${i + 1}`;
    const storeDir = join(options.dataDir, name);
    mkdirSync(storeDir, { recursive: true });
    const port = options.ports?.[i] ?? (await freePort());
    const routePort = await freePort();
    const monitorPort = await freePort();
    nodes.push(localNode({ name, port, routePort, monitorPort, storeDir, log: options.log }));
  }
  for (const node of nodes) {
    const peers = nodes.filter((n) => n !== node);
    writeFileSync(
      join(options.dataDir, `${node.name}.conf`),
      natsNodeConfig(node, peers, options.name ?? 'linli', syncAlways),
    );
  }
  // Each node waits for a quorum to be healthy, so they start together.
  await Promise.all(nodes.map((n) => n.start()));
  return {
    url: nodes.map((n) => n.url).join(','),
    nodes,
    syncAlways,
    stop: async () => {
      await Promise.all(nodes.map((n) => (n.process ? stopChild(n.process) : undefined)));
    },
  };
}

function localNode(spec: {
  name: string;
  port: number;
  routePort: number;
  monitorPort: number;
  storeDir: string;
  log?: (node: string, text: string) => void;
}): NatsNode {
  const configFile = join(spec.storeDir, '..', `${spec.name}.conf`);
  const node: NatsNode = {
    ...spec,
    url: `nats://127.0.0.1:${spec.port}`,
    async start() {
      const child = spawn('nats-server', ['-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
      node.process = child;
      const output: string[] = [];
      const collect = (chunk: Buffer) => {
        const text = chunk.toString();
        output.push(text);
        if (output.length > 50) output.shift();
        spec.log?.(spec.name, text);
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      const deadline = Date.now() + 30_000;
      while (!(await healthy(spec.monitorPort))) {
        if (child.exitCode !== null) throw new Error(`${spec.name} exited (${child.exitCode}):\n${output.join('')}`);
        if (Date.now() > deadline) throw new Error(`${spec.name} not healthy within 30 s:\n${output.join('')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      const child = node.process;
      node.process = undefined;
      if (child) await stopChild(child, signal);
    },
  };
  return node;
}
