import { context, propagation, ROOT_CONTEXT, type Context, type Span } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { endSpan, SpanKind, startSpan, startTracing, tracing } from '#linli/platform';
import type { GatewayConfig } from '../gateway.config.js';

interface Traced {
  span: Span;
  ctx: Context;
}

/** The span of each request being served; only filled while tracing is on. */
const inFlight = new WeakMap<FastifyRequest, Traced>();

/**
 * The gateway's side of a trace: a server span per HTTP request, named by its route template
 * (`GET /api/v1/organisations/:id`, never the raw URL), a child of the client's `traceparent`
 * when one came in, and current while the route runs, so each call to a service is its child
 * (`ServiceClient`). With no endpoint configured nothing is loaded and no hook is added.
 */
export async function traceRequests(fastify: FastifyInstance, config: GatewayConfig): Promise<void> {
  const lease = await startTracing({
    service: 'gateway',
    endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
    serviceName: config.OTEL_SERVICE_NAME || undefined,
    sampleRatio: config.OTEL_TRACES_SAMPLER_ARG,
  });
  // Without an endpoint the request path gets no hook at all.
  if (!tracing.on) return;
  fastify
    .addHook('onRequest', (req, _reply, done) => {
      if (!tracing.on) return done();
      const route = req.routeOptions.url ?? 'unmatched';
      const traced = startSpan(
        `${req.method} ${route}`,
        SpanKind.SERVER,
        'gateway',
        {
          'http.request.method': req.method,
          'http.route': route,
          'url.path': req.url.split('?', 1)[0],
          'linli.request_id': String(req.id),
        },
        propagation.extract(ROOT_CONTEXT, req.headers),
      );
      inFlight.set(req, traced);
      context.with(traced.ctx, done);
    })
    // Again just before the route: a body read from the socket may have run outside the request's context.
    .addHook('preHandler', (req, _reply, done) => {
      const traced = tracing.on ? inFlight.get(req) : undefined;
      if (!traced) return done();
      context.with(traced.ctx, done);
    })
    .addHook('onResponse', (req, reply, done) => {
      const traced = tracing.on ? inFlight.get(req) : undefined;
      if (traced) {
        inFlight.delete(req);
        traced.span.setAttribute('http.response.status_code', reply.statusCode);
        endSpan(traced.span, reply.statusCode >= 500 ? { status: reply.statusCode } : undefined);
      }
      done();
    })
    .addHook('onRequestAbort', (req, done) => {
      const traced = tracing.on ? inFlight.get(req) : undefined;
      if (traced) {
        inFlight.delete(req);
        traced.span.setAttribute('linli.aborted', true);
        endSpan(traced.span);
      }
      done();
    })
    .addHook('onClose', async () => lease.release());
}
