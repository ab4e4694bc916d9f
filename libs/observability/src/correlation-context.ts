import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, randomUUID } from 'node:crypto';

/** What follows one request through its events to every consumer. */
export interface CorrelationContext {
  correlationId: string;
  /** W3C trace context of the current span: 00-<trace id>-<span id>-<flags> */
  traceparent: string;
}

const storage = new AsyncLocalStorage<CorrelationContext>();
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export function currentContext(): CorrelationContext | undefined {
  return storage.getStore();
}

export function runWithContext<T>(context: CorrelationContext, work: () => T): T {
  return storage.run(context, work);
}

/** A child span of `parent` (same trace id, new span id), or a new trace when there is none. */
export function childTraceparent(parent?: string): string {
  const match = parent ? TRACEPARENT.exec(parent) : null;
  const traceId = match ? match[1] : randomBytes(16).toString('hex');
  const flags = match ? match[3] : '01';
  return `00-${traceId}-${randomBytes(8).toString('hex')}-${flags}`;
}

export function contextFrom(incoming: { correlationId?: string; traceparent?: string }): CorrelationContext {
  const correlationId =
    incoming.correlationId && /^[\w.:-]{1,128}$/.test(incoming.correlationId)
      ? incoming.correlationId
      : randomUUID();
  return { correlationId, traceparent: childTraceparent(incoming.traceparent) };
}
