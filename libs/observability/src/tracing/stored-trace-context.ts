import { context, propagation, ROOT_CONTEXT, trace, type Context } from '@opentelemetry/api';
import { tracingEnabled } from './tracing-state';

/**
 * W3C trace context as work queued in a table keeps it (a `trace_context jsonb` column): the
 * span that queued the work, so whoever does the work later continues that trace (ADR 74).
 */
export interface StoredTraceContext {
  traceparent: string;
  tracestate?: string;
}

/** The trace context of the active span, to store with queued work; null when tracing is off or no span is active. */
export function activeTraceContext(): StoredTraceContext | null {
  if (!tracingEnabled()) return null;
  const active = context.active();
  if (!trace.getSpan(active)) return null;
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  if (!carrier.traceparent) return null;
  return carrier.tracestate
    ? { traceparent: carrier.traceparent, tracestate: carrier.tracestate }
    : { traceparent: carrier.traceparent };
}

/** The context a stored trace context (or message headers) describes; ROOT_CONTEXT when it describes none. */
export function contextOf(stored: { traceparent?: string; tracestate?: string } | null | undefined): Context {
  if (!stored?.traceparent) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, {
    traceparent: stored.traceparent,
    ...(stored.tracestate ? { tracestate: stored.tracestate } : {}),
  });
}
