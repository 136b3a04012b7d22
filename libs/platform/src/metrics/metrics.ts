import { AggregatorRegistry, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * This process's Prometheus registry: Node's default metrics, request latencies per route and
 * per NATS subject, and gauges a service fills on each scrape (outbox backlog, dead letters,
 * consumer lag). The gateway gathers every process's snapshot over NATS, labels each with its
 * `service`, and sums replicas of one service.
 */
export const metricsRegistry = new Registry();

let started = false;

/** Starts Node's default process metrics (once per process). */
export function startProcessMetrics(): void {
  if (started) return;
  started = true;
  collectDefaultMetrics({ register: metricsRegistry, prefix: 'linli_' });
}

const SECONDS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** HTTP requests at the gateway, by route template (not the raw URL, so ids do not explode the series). */
export const httpDuration = new Histogram({
  name: 'linli_http_request_duration_seconds',
  help: 'HTTP requests at the gateway by method, route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** Calls over NATS as the caller sees them: answered, refused (a domain error), unavailable or timed out. */
export const rpcDuration = new Histogram({
  name: 'linli_rpc_client_duration_seconds',
  help: 'NATS requests to services by subject and outcome, as the caller measures them',
  labelNames: ['subject', 'outcome'],
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** Operations as a service handles them. */
export const handlerDuration = new Histogram({
  name: 'linli_rpc_handler_duration_seconds',
  help: 'Operations handled by a service by subject and outcome',
  labelNames: ['subject', 'outcome'],
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** What one service in this process reports when scraped. */
export interface ScrapeSource {
  service: string;
  /** Outbox rows not yet published. */
  outboxBacklog: () => Promise<number>;
  /** Dead letters waiting for a replay. */
  deadLetters: () => Promise<number>;
  /** Messages each of the service's durable consumers has not yet been delivered. */
  consumerLag: () => Promise<Array<{ consumer: string; pending: number }>>;
}

const sources = new Map<string, ScrapeSource>();

/** A gauge read when scraped from every source; a source that fails (database down) is left out. */
function scrapedGauge(
  name: string,
  help: string,
  labelNames: string[],
  read: (source: ScrapeSource) => Promise<Array<{ labels: Record<string, string>; value: number }>>,
): Gauge {
  return new Gauge({
    name,
    help,
    labelNames,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      await Promise.all(
        [...sources.values()].map(async (source) => {
          try {
            for (const { labels, value } of await read(source)) this.set(labels, value);
          } catch {
            // Unreachable now: absent from this scrape; /health says why.
          }
        }),
      );
    },
  });
}

scrapedGauge('linli_outbox_backlog', 'Outbox rows not yet published to JetStream', ['service'], async (s) => [
  { labels: { service: s.service }, value: await s.outboxBacklog() },
]);
scrapedGauge('linli_dead_letters', 'Events set aside as dead letters, waiting for a replay', ['service'], async (s) => [
  { labels: { service: s.service }, value: await s.deadLetters() },
]);
scrapedGauge(
  'linli_consumer_pending',
  'Events a durable consumer has not been delivered yet (consumer lag)',
  ['service', 'consumer'],
  async (s) =>
    (await s.consumerLag()).map((c) => ({ labels: { service: s.service, consumer: c.consumer }, value: c.pending })),
);

/** Adds a service's gauges to this process's scrape. */
export function registerScrapeSource(source: ScrapeSource): void {
  sources.set(source.service, source);
}

/** This process's metrics, for the gateway to gather. */
export type MetricsSnapshot = Awaited<ReturnType<Registry['getMetricsAsJSON']>>;

export const metricsSnapshot = (): Promise<MetricsSnapshot> => metricsRegistry.getMetricsAsJSON();

/** One process's answer to the gateway's scrape. */
export interface ProcessSnapshot {
  service: string;
  instance: string;
  metrics: MetricsSnapshot;
}

/**
 * Prometheus text for several processes: each series labelled with the process's service,
 * replicas of one service summed (prom-client's aggregator, made for cluster workers).
 */
export async function aggregateMetrics(snapshots: ProcessSnapshot[]): Promise<string> {
  const labelled = snapshots.map(({ service, metrics }) =>
    metrics.map((m) => ({
      ...m,
      values: m.values.map((v) => ({ ...v, labels: { ...v.labels, service: v.labels.service ?? service } })),
    })),
  );
  return AggregatorRegistry.aggregate(labelled as Parameters<typeof AggregatorRegistry.aggregate>[0]).metrics();
}

/** How a call ended, for the outcome label. */
export function outcomeOf(error: unknown): string {
  const status = (error as { status?: number } | undefined)?.status;
  if (status === 503) return 'unavailable';
  if (status === 504) return 'timeout';
  if (typeof status === 'number' && status < 500) return 'refused';
  return 'error';
}

/** The subject every replica of every service answers with its metrics snapshot (no queue group: all answer). */
export const METRICS_SUBJECT = 'linli.metrics.snapshot';
