import { headers as natsHeaders } from '@nats-io/transport-node';
import { context, trace } from '@opentelemetry/api';
import {
  extractTrace,
  injectTrace,
  recallTrace,
  rememberTrace,
  SpanKind,
  startSpan,
  startTracing,
  tracing,
} from './tracing.js';

describe('tracing', () => {
  it('stays off without an endpoint', async () => {
    const lease = await startTracing({ service: 'teams' });
    expect(tracing.on).toBe(false);
    await lease.release();
  });

  it('carries a span through NATS headers and through an outbox row, and stops with its last lease', async () => {
    // Nothing listens there; no span is ended, so nothing is sent.
    const settings = { service: 'teams', endpoint: 'http://127.0.0.1:9' };
    const [first, second] = [await startTracing(settings), await startTracing(settings)];
    expect(tracing.on).toBe(true);

    const { span, ctx } = startSpan('teams.member.add', SpanKind.SERVER, 'teams', {});
    const headers = natsHeaders();
    injectTrace(ctx, headers);
    expect(headers.get('traceparent')).toMatch(
      new RegExp(`^00-${span.spanContext().traceId}-${span.spanContext().spanId}-01$`),
    );
    expect(trace.getSpanContext(extractTrace(headers))?.spanId).toBe(span.spanContext().spanId);
    expect(trace.getSpanContext(extractTrace(natsHeaders()))).toBeUndefined();

    context.with(ctx, () => rememberTrace('event-1'));
    expect(trace.getSpanContext(recallTrace('event-1'))?.spanId).toBe(span.spanContext().spanId);
    // Forgotten once relayed; a row written outside any span has nothing to recall.
    expect(trace.getSpanContext(recallTrace('event-1'))).toBeUndefined();
    rememberTrace('event-2');
    expect(trace.getSpanContext(recallTrace('event-2'))).toBeUndefined();

    await first.release();
    expect(tracing.on).toBe(true);
    await second.release();
    expect(tracing.on).toBe(false);
  });
});
