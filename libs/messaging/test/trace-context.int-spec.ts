import { randomUUID } from 'node:crypto';
import { SpanKind, trace, type SpanContext } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-node';
import type { CloudEvent } from '@csg/contracts';
import { stopTracing, tracingStarted } from '@csg/observability/tracing';
import { createTestDatabase, type TestDatabase as BusDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
import { batchHandler } from '../src/handlers/batch-handler';
import { ServiceMessaging } from '../src/service-messaging';
import { PgLogTransport } from '../src/transport/in-process/pg-log.transport';
import {
  openTestDatabase,
  testRegistry,
  type TestDatabase,
  type ThingHappened,
} from './messaging-test-fixture';

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/**
 * Tracing on (spans to memory), on the embedded default's transport, the PostgreSQL log (ADR 74):
 * the rows of two requests relayed in ONE batch each continue their own request's trace, and the
 * consumer continues each message's.
 */
describe('trace context through the outbox, the relay and the inbox (in-process transport)', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let producerDb: TestDatabase;
  let consumerDb: TestDatabase;
  let bus: BusDatabase;
  let transport: PgLogTransport;

  beforeAll(async () => {
    provider.register({ propagator: new W3CTraceContextPropagator() });
    tracingStarted({ shutdown: () => provider.shutdown() });
    [producerDb, consumerDb, bus] = await Promise.all([
      openTestDatabase('traced_producer'),
      openTestDatabase('traced_consumer'),
      createTestDatabase('traced_bus'),
    ]);
    transport = new PgLogTransport({ url: bus.url, pollIntervalMs: 100, partitions: 4 });
    await transport.start();
  });

  afterAll(async () => {
    await transport?.close();
    await producerDb?.drop();
    await consumerDb?.drop();
    await bus?.drop();
    await stopTracing();
  });

  it('relays each row as a child of the request that wrote it, and the consumer continues the message', async () => {
    const { registry, thingHappened, topic } = testRegistry();
    const producer = new ServiceMessaging({
      service: 'producer',
      ownTopic: topic,
      dataSource: producerDb.dataSource,
      registry,
      transport,
      retention: false,
    });
    const seenByHandler = new Map<string, SpanContext | undefined>();
    const consumer = new ServiceMessaging({
      service: 'consumer',
      ownTopic: `${topic}.consumer`,
      dataSource: consumerDb.dataSource,
      registry,
      transport,
      retention: false,
      handlers: new Map([
        [
          thingHappened.type,
          [
            async (event: CloudEvent<ThingHappened>) =>
              void seenByHandler.set(event.data.thingId, trace.getActiveSpan()?.spanContext()),
          ],
        ],
      ]),
    });
    const tracer = provider.getTracer('test');
    const request = (thingId: string) =>
      tracer.startActiveSpan(`request ${thingId}`, async (span) => {
        await producer.unitOfWork.run(async (tx) => tx.emit(thingHappened, { thingId, seq: 1 }));
        span.end();
        return span.spanContext();
      });
    const a = await request(`a-${randomUUID()}`);
    const b = await request(`b-${randomUUID()}`);
    // A row written outside any span has no trace context: its message starts a trace of its own.
    const untracedId = `u-${randomUUID()}`;
    await producer.unitOfWork.run(async (tx) => tx.emit(thingHappened, { thingId: untracedId, seq: 1 }));

    const stored: Array<{ thing: string; trace_context: { traceparent: string } | null }> =
      await producerDb.dataSource.query(
        `SELECT value::jsonb->>'thingId' AS thing, trace_context FROM outbox`,
      );
    expect(stored.find((r) => r.thing === untracedId)?.trace_context).toBeNull();
    expect(stored.filter((r) => r.trace_context?.traceparent.includes(a.traceId))).toHaveLength(1);
    expect(stored.filter((r) => r.trace_context?.traceparent.includes(b.traceId))).toHaveLength(1);

    await consumer.start();
    try {
      expect(await producer.relay.relayOnce()).toBe(3);
      await waitFor(() => seenByHandler.size === 3, { what: 'the three events handled', timeoutMs: 30_000 });
    } finally {
      await consumer.stop();
    }

    const spans = exporter.getFinishedSpans();
    const sends = spans.filter((s) => s.kind === SpanKind.PRODUCER);
    const processes = spans.filter((s) => s.kind === SpanKind.CONSUMER);
    expect(sends).toHaveLength(3);
    expect(processes).toHaveLength(3);
    for (const origin of [a, b]) {
      const send = sends.find((s) => s.spanContext().traceId === origin.traceId);
      expect(send && parentOf(send)).toBe(origin.spanId);
      expect(send?.name).toBe(`send ${topic}`);
      expect(send?.attributes['messaging.system']).toBe('csg.pg_log');
      const processed = processes.find((s) => s.spanContext().traceId === origin.traceId);
      expect(processed && parentOf(processed)).toBe(send?.spanContext().spanId);
      expect(processed?.name).toBe(`process ${topic}`);
      expect(processed?.attributes['messaging.consumer.group.name']).toBe('csg.consumer');
    }
    const untracedSend = sends.find((s) => ![a.traceId, b.traceId].includes(s.spanContext().traceId));
    expect(untracedSend && parentOf(untracedSend)).toBeUndefined();
    // The handlers ran inside the consumer span: what they write or queue stays in the trace.
    expect(seenByHandler.get(untracedId)?.traceId).toBe(untracedSend?.spanContext().traceId);
    for (const [, seen] of seenByHandler)
      expect(processes.map((p) => p.spanContext().spanId)).toContain(seen?.spanId);
  });
  it('runs a set-based handler for a chunk of two traces in one span linked to both', async () => {
    const { registry, thingHappened, topic } = testRegistry();
    const producer = new ServiceMessaging({
      service: 'producer',
      ownTopic: topic,
      dataSource: producerDb.dataSource,
      registry,
      transport,
      retention: false,
    });
    let calls = 0;
    const consumer = new ServiceMessaging({
      service: 'batch-consumer',
      ownTopic: `${topic}.consumer`,
      dataSource: consumerDb.dataSource,
      registry,
      transport,
      retention: false,
      handlers: new Map([
        [thingHappened.type, [batchHandler(async (events) => void (calls += events.length))]],
      ]),
    });
    // One key: both messages land in one partition and reach the consumer as one chunk.
    const thingId = `chunk-${randomUUID()}`;
    const tracer = provider.getTracer('test');
    for (const seq of [1, 2])
      await tracer.startActiveSpan(`write ${seq}`, async (span) => {
        await producer.unitOfWork.run(async (tx) => tx.emit(thingHappened, { thingId, seq }));
        span.end();
      });
    expect(await producer.relay.relayOnce()).toBe(2);
    await consumer.start();
    try {
      await waitFor(() => calls === 2, { what: 'both events handled', timeoutMs: 30_000 });
    } finally {
      await consumer.stop();
    }
    const spans = exporter.getFinishedSpans();
    const sends = spans.filter(
      (s) => s.kind === SpanKind.PRODUCER && s.attributes['messaging.destination.name'] === topic,
    );
    const batch = spans.find((s) => s.name === `process ${thingHappened.type}`);
    expect(batch?.attributes['messaging.batch.message_count']).toBe(2);
    expect(batch?.links.map((l) => l.context.spanId).sort()).toEqual(
      sends.map((s) => s.spanContext().spanId).sort(),
    );
  });
});
