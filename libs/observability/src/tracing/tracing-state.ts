import type { FastifyPluginCallback } from 'fastify';

/** What a started SDK leaves behind for the rest of the process. */
export interface StartedTracing {
  /** The `@fastify/otel` plugin, registered by the HTTP shell before any route. */
  httpPlugin?: FastifyPluginCallback;
  /** Exports what is still queued and stops. */
  shutdown(): Promise<void>;
}

let started: StartedTracing | null = null;

/**
 * Whether an SDK was started in this process. Off, every helper of this folder returns at once
 * without touching `@opentelemetry/api`: tracing off costs one boolean test per call site.
 */
export function tracingEnabled(): boolean {
  return started !== null;
}

/** Called once by `startTracing` (or by a test that registered its own provider). */
export function tracingStarted(tracing: StartedTracing): void {
  started = tracing;
}

/** The HTTP instrumentation to register on the Fastify instance, or null when tracing is off. */
export function httpTracingPlugin(): FastifyPluginCallback | null {
  return started?.httpPlugin ?? null;
}

/** Flushes and stops the SDK (no-op when tracing is off). */
export async function stopTracing(): Promise<void> {
  const stopping = started;
  started = null;
  await stopping?.shutdown();
}
