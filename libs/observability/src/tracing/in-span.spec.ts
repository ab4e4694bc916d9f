import { trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { inSpan } from './in-span';
import { activeTraceContext, type StoredTraceContext } from './stored-trace-context';
import { stopTracing, tracingEnabled, tracingStarted } from './tracing-state';

describe('inSpan and stored trace contexts', () => {
  it('off: runs the work without a span, and there is no trace context to store', async () => {
    expect(tracingEnabled()).toBe(false);
    await expect(inSpan('work', {}, async (span) => span)).resolves.toBeUndefined();
    expect(activeTraceContext()).toBeNull();
  });

  describe('on', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const tracer = provider.getTracer('test');
    /** A stored context as a request span would have left it. */
    const storedBy = (name: string) =>
      tracer.startActiveSpan(name, (span) => {
        span.end();
        return activeTraceContext() as StoredTraceContext;
      });
    const finished = (name: string) => exporter.getFinishedSpans().find((s) => s.name === name)!;

    beforeAll(() => {
      provider.register({ propagator: new W3CTraceContextPropagator() });
      tracingStarted({ shutdown: () => provider.shutdown() });
    });
    afterAll(() => stopTracing());

    it('stores the active span as a W3C traceparent, and nothing outside a span', () => {
      expect(activeTraceContext()).toBeNull();
      const stored = storedBy('request');
      const request = finished('request').spanContext();
      expect(stored).toEqual({ traceparent: `00-${request.traceId}-${request.spanId}-01` });
    });

    it('continues one stored context as its child, even inside another span', async () => {
      const stored = storedBy('queued-by');
      await tracer.startActiveSpan('worker loop', async (loop) => {
        await inSpan('attempt', { causedBy: [stored, null] }, async () => undefined);
        loop.end();
      });
      const queuedBy = finished('queued-by').spanContext();
      expect(finished('attempt').spanContext().traceId).toBe(queuedBy.traceId);
      expect(finished('attempt').parentSpanContext?.spanId).toBe(queuedBy.spanId);
    });

    it('starts a new trace linked to each of several stored contexts', async () => {
      const first = storedBy('fact 1');
      const second = storedBy('fact 2');
      await inSpan('digest', { causedBy: [first, second] }, async () => undefined);
      const digest = finished('digest');
      expect(digest.parentSpanContext).toBeUndefined();
      expect(digest.links.map((l) => l.context.spanId)).toEqual([
        finished('fact 1').spanContext().spanId,
        finished('fact 2').spanContext().spanId,
      ]);
    });

    it('without stored contexts is a child of the active span; a failure is recorded and rethrown', async () => {
      let activeInWork: string | undefined;
      await tracer.startActiveSpan('outer', async (outer) => {
        await expect(
          inSpan('failing', {}, async () => {
            activeInWork = trace.getActiveSpan()?.spanContext().spanId;
            throw new Error('refused');
          }),
        ).rejects.toThrow('refused');
        outer.end();
      });
      const failing = finished('failing');
      expect(activeInWork).toBe(failing.spanContext().spanId);
      expect(failing.parentSpanContext?.spanId).toBe(finished('outer').spanContext().spanId);
      expect(failing.status).toEqual({ code: 2, message: 'refused' });
      expect(failing.events.map((e) => e.name)).toEqual(['exception']);
    });
  });
});
