import { AsyncLocalStorage } from 'node:async_hooks';
import { randomFillSync, randomUUID } from 'node:crypto';

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

// Trace and span ids come from a pool of random bytes refilled 4 KiB at a time: one system call
// per ~170 requests instead of two per request (docs/benchmarks.md).
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomHex(bytes: number): string {
  if (poolOffset + bytes > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += bytes;
  return pool.toString('hex', poolOffset - bytes, poolOffset);
}

/** A child span of `parent` (same trace id, new span id), or a new trace when there is none. */
export function childTraceparent(parent?: string): string {
  const match = parent ? TRACEPARENT.exec(parent) : null;
  const traceId = match ? match[1] : randomHex(16);
  const flags = match ? match[3] : '01';
  return `00-${traceId}-${randomHex(8)}-${flags}`;
}

export function contextFrom(incoming: { correlationId?: string; traceparent?: string }): CorrelationContext {
  const correlationId =
    incoming.correlationId && /^[\w.:-]{1,128}$/.test(incoming.correlationId)
      ? incoming.correlationId
      : randomUUID();
  return { correlationId, traceparent: childTraceparent(incoming.traceparent) };
}
