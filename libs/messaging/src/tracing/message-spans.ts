import { propagation, SpanKind, trace, type Attributes, type Span } from '@opentelemetry/api';
import {
  contextOf,
  inSpan,
  markFailed,
  TRACER_NAME,
  tracingEnabled,
  type StoredTraceContext,
} from '@csg/observability/tracing';
import type { CloudEvent } from '@csg/contracts';
import type { IncomingMessage, MessageTransport, OutgoingMessage } from '../transport/message-transport.port';

/**
 * Messaging spans at the transport port (ADR 74), the same for Kafka and the embedded log: the
 * kafkajs instrumentation gives every message of one `sendBatch` the same parent and writes its
 * own `traceparent` over each message's, and in `eachBatch` only links consumers to producers, so
 * a relay batch mixing the rows of many requests would lose every chain but one.
 */
export function messagingSystemOf(kind: MessageTransport['kind']): string {
  return kind === 'kafka' ? 'kafka' : 'csg.pg_log';
}

/** A claimed outbox row with the trace context of the change that wrote it. */
export interface RelayedMessage {
  message: OutgoingMessage;
  traceContext: StoredTraceContext | null;
}

export interface SendSpans {
  /** The messages to publish, each carrying its own send span's context. */
  messages: OutgoingMessage[];
  /** Ends every span, failed with `error` when the broker did not take the batch. */
  end(error?: unknown): void;
}

/**
 * One PRODUCER span per relayed message, a child of the span that wrote its row, whose context
 * replaces the message's `traceparent`/`tracestate`: the consumer continues the chain from it.
 * With tracing off, the messages as they are.
 */
export function startSendSpans(relayed: RelayedMessage[], kind: MessageTransport['kind']): SendSpans {
  if (!tracingEnabled()) return { messages: relayed.map((r) => r.message), end: () => undefined };
  const tracer = trace.getTracer(TRACER_NAME);
  const system = messagingSystemOf(kind);
  const spans: Span[] = [];
  const messages = relayed.map(({ message, traceContext }) => {
    const parent = contextOf(traceContext);
    const span = tracer.startSpan(
      `send ${message.topic}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          ...messageAttributes(system, 'send', message.topic, message.headers),
          ...(kind === 'kafka' ? { 'messaging.kafka.message.key': message.key } : {}),
        },
      },
      parent,
    );
    spans.push(span);
    const { traceparent: _written, tracestate: _writtenState, ...headers } = message.headers;
    propagation.inject(trace.setSpan(parent, span), headers);
    return { ...message, headers };
  });
  return {
    messages,
    end: (error) => {
      for (const span of spans) {
        if (error !== undefined) markFailed(span, error);
        span.end();
      }
    },
  };
}

/**
 * Runs a consumer's handling of one message in a CONSUMER span that continues the trace the
 * message carries (its `traceparent`, the CloudEvents distributed-tracing extension). With
 * tracing off, `work` as it is.
 */
export function inProcessSpan<T>(
  message: IncomingMessage,
  groupId: string,
  kind: MessageTransport['kind'] | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (!tracingEnabled()) return work();
  const headers = message.headers;
  return inSpan(
    `process ${message.topic}`,
    {
      kind: SpanKind.CONSUMER,
      causedBy: [{ traceparent: headers.traceparent ?? '', tracestate: headers.tracestate }],
      attributes: {
        ...messageAttributes(kind && messagingSystemOf(kind), 'process', message.topic, headers),
        'messaging.consumer.group.name': groupId,
        'messaging.destination.partition.id': String(message.partition),
        ...(kind === 'kafka' ? { 'messaging.kafka.offset': Number(message.offset) } : {}),
      },
    },
    work,
  );
}

/**
 * Runs a set-based handler's one call for the new events of a chunk (ADR 28) in a CONSUMER span:
 * the child of the event's trace when there is one event, else a new trace linked to each event's
 * (batch processing). With tracing off, `work` as it is.
 */
export function inBatchProcessSpan<T>(
  events: CloudEvent[],
  groupId: string,
  work: () => Promise<T>,
): Promise<T> {
  if (!tracingEnabled()) return work();
  return inSpan(
    `process ${events[0].type}`,
    {
      kind: SpanKind.CONSUMER,
      causedBy: events.map((e) => (e.traceparent ? { traceparent: e.traceparent } : null)),
      attributes: {
        'messaging.operation.type': 'process',
        'messaging.operation.name': 'process',
        'messaging.consumer.group.name': groupId,
        'messaging.batch.message_count': events.length,
        'cloudevents.event_type': events[0].type,
      },
    },
    work,
  );
}

function messageAttributes(
  system: string | undefined,
  operation: 'send' | 'process',
  topic: string,
  headers: Record<string, string | undefined>,
): Attributes {
  return {
    ...(system ? { 'messaging.system': system } : {}),
    'messaging.operation.type': operation,
    'messaging.operation.name': operation,
    'messaging.destination.name': topic,
    ...(headers.ce_id
      ? { 'messaging.message.id': headers.ce_id, 'cloudevents.event_id': headers.ce_id }
      : {}),
    ...(headers.ce_type ? { 'cloudevents.event_type': headers.ce_type } : {}),
  };
}
