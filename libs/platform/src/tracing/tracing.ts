import {
  context,
  createContextKey,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';

/** How a process traces: from `OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_SERVICE_NAME` and `OTEL_TRACES_SAMPLER_ARG`. */
export interface TracingSettings {
  /** The process's own name (`gateway`, `organisations`, …): the default service name. */
  service: string;
  /** OTLP/HTTP endpoint; spans go to `<endpoint>/v1/traces`. Unset: no SDK is loaded at all. */
  endpoint?: string;
  /** Overrides `service` as the resource's `service.name`. */
  serviceName?: string;
  /** Share of new traces kept (0–1); a request that arrives sampled or not keeps its caller's decision. */
  sampleRatio?: number;
}

/**
 * Whether this process makes spans. The request path checks this boolean and nothing else
 * while tracing is off: no span objects, no header parsing, no context switch.
 */
export const tracing: { on: boolean; tracer?: Tracer } = { on: false };

/** The service a span was made for, in context: several services may share one process (tests, benches). */
const SERVICE = createContextKey('linli.service');

/** The attribute every Linli span carries, since one process's resource can name only one service. */
export const SERVICE_ATTRIBUTE = 'linli.service';

interface Sdk {
  shutdown(): Promise<void>;
}

let sdk: Sdk | undefined;
let starting: Promise<void> | undefined;
let leases = 0;

/** A process's hold on the tracer: released on shutdown, the last release flushes and stops the SDK. */
export interface TracingLease {
  release(): Promise<void>;
}

const NO_LEASE: TracingLease = { release: async () => undefined };

/**
 * Starts tracing for this process when an endpoint is configured: one tracer provider per
 * process (the first caller's service name on its resource, every span naming its own
 * service in `linli.service`), W3C trace context, the OTLP/HTTP JSON exporter and the
 * PostgreSQL instrumentation. The SDK is imported only here, so a process without an endpoint
 * never loads it. Each caller gets a lease; the last one released flushes what is buffered.
 */
export async function startTracing(settings: TracingSettings): Promise<TracingLease> {
  if (!settings.endpoint) return NO_LEASE;
  leases++;
  starting ??= boot(settings);
  await starting;
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      if (--leases > 0) return;
      const running = sdk;
      sdk = undefined;
      starting = undefined;
      tracing.on = false;
      tracing.tracer = undefined;
      forgetAll();
      await running?.shutdown();
    },
  };
}

async function boot(settings: TracingSettings): Promise<void> {
  const [{ NodeTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler }, otlp, resources] =
    await Promise.all([
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
    ]);
  const provider = new NodeTracerProvider({
    resource: resources.resourceFromAttributes({ 'service.name': settings.serviceName || settings.service }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio ?? 1) }),
    spanProcessors: [
      new BatchSpanProcessor(
        new otlp.OTLPTraceExporter({ url: `${settings.endpoint!.replace(/\/+$/, '')}/v1/traces` }),
      ),
    ],
  });
  // Global: the AsyncLocalStorage context manager and the W3C propagator, which the pg
  // instrumentation and the NATS headers below rely on.
  provider.register();
  const pg = await instrumentPostgres(provider);
  tracing.tracer = provider.getTracer('linli');
  tracing.on = true;
  sdk = {
    shutdown: async () => {
      pg.unpatch();
      await provider.shutdown().catch(() => undefined);
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/**
 * Query spans from `pg`, patched by hand: the processes are ESM (no require hook sees TypeORM
 * load `pg`) and under Jest modules are not Node's. A query outside any span (pollers, the
 * relay's claim) makes none.
 */
async function instrumentPostgres(provider: import('@opentelemetry/api').TracerProvider) {
  const [{ PgInstrumentation }, pgModule] = await Promise.all([
    import('@opentelemetry/instrumentation-pg'),
    import('pg'),
  ]);
  const pg = (pgModule as { default?: unknown }).default ?? pgModule;
  const instrumentation = new PgInstrumentation({
    enabled: false,
    requireParentSpan: true,
    requestHook: (span) => {
      const service = context.active().getValue(SERVICE);
      if (typeof service === 'string') span.setAttribute(SERVICE_ATTRIBUTE, service);
    },
  });
  instrumentation.setTracerProvider(provider);
  // `pg.Pool` extends pg-pool's class: patching its `connect` keeps a query waiting for a free
  // connection in its own request's context rather than that of the one releasing it.
  const patched = [
    { name: 'pg', module: pg },
    { name: 'pg-pool', module: Object.getPrototypeOf((pg as { Pool: object }).Pool) as object },
  ].flatMap(({ name, module }) => {
    const definition = instrumentation.getModuleDefinitions().find((d) => d.name === name);
    definition?.patch?.(module);
    return definition ? [{ definition, module }] : [];
  });
  return { unpatch: () => patched.forEach(({ definition, module }) => definition.unpatch?.(module)) };
}

/** Header access for NATS `MsgHdrs` (whose `get` answers '' for a missing key). */
interface HeaderBag {
  get(key: string): string;
  set(key: string, value: string): void;
  keys(): string[];
}

const natsGetter: TextMapGetter<HeaderBag> = {
  get: (carrier, key) => carrier.get(key) || undefined,
  keys: (carrier) => carrier.keys(),
};

/** Writes `traceparent` (and `tracestate`) of `ctx` into NATS headers. */
export function injectTrace(ctx: Context, headers: HeaderBag): void {
  propagation.inject(ctx, headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/** The caller's context from NATS headers; the root context when there is none. */
export function extractTrace(headers: HeaderBag | undefined): Context {
  return headers ? propagation.extract(ROOT_CONTEXT, headers, natsGetter) : ROOT_CONTEXT;
}

/** A span of `service`, child of `parent`, and the context that makes it (and the service) current. */
export function startSpan(
  name: string,
  kind: SpanKind,
  service: string | undefined,
  attributes: Attributes,
  parent: Context = context.active(),
  links?: Link[],
): { span: Span; ctx: Context } {
  const span = tracing.tracer!.startSpan(
    name,
    { kind, attributes: service ? { ...attributes, [SERVICE_ATTRIBUTE]: service } : attributes, links },
    parent,
  );
  const ctx = trace.setSpan(parent, span);
  return { span, ctx: service ? ctx.setValue(SERVICE, service) : ctx };
}

/** The current service (the one whose handler is running), for spans made below it. */
export function currentService(): string | undefined {
  const service = context.active().getValue(SERVICE);
  return typeof service === 'string' ? service : undefined;
}

/**
 * Ends a span with the outcome of the work: a domain refusal (4xx) is an answer, not a
 * failure; anything else thrown marks the span as an error.
 */
export function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    const status = (error as { status?: number } | undefined)?.status;
    if (typeof status === 'number') span.setAttribute('linli.status', status);
    if (typeof status !== 'number' || status >= 500) {
      const message =
        error instanceof Error ? error.message : typeof status === 'number' ? `status ${status}` : String(error);
      span.setStatus({ code: SpanStatusCode.ERROR, message });
    }
  }
  span.end();
}

const MAX_REMEMBERED = 10_000;

/**
 * Trace context of outbox rows written in this process and not yet relayed. The outbox table
 * stores none (no schema change): the replica that wrote a row kicks its own relay right after
 * commit, so the relay almost always finds it here. A row relayed by another replica or after a
 * restart starts a trace of its own; its request id still links the logs.
 */
const remembered = new Map<string, Record<string, string>>();

/** Records the active trace context for an outbox row (call only while `tracing.on`). */
export function rememberTrace(eventId: string): void {
  if (!trace.getSpan(context.active())) return;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(eventId, carrier);
}

/** The trace context an outbox row was written in, forgotten once asked for. */
export function recallTrace(eventId: string): Context {
  const carrier = remembered.get(eventId);
  if (!carrier) return ROOT_CONTEXT;
  remembered.delete(eventId);
  return propagation.extract(ROOT_CONTEXT, carrier);
}

function forgetAll() {
  remembered.clear();
}

export { SpanKind };
