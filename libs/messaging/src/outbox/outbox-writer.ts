import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  toBinaryHeaders,
  type CloudEvent,
  type EventRegistry,
  type IntegrationEventDefinition,
} from '@csg/contracts';
import { childTraceparent, currentContext } from '@csg/observability';
import { activeTraceContext, type StoredTraceContext } from '@csg/observability/tracing';
import { namedStatement, queryNamed } from '@csg/persistence';

/** Every write's outbox rows: one named statement, however many rows (ADR 49). */
const APPEND_ROWS = namedStatement(
  'messaging.outbox.append',
  `INSERT INTO outbox (topic, message_key, event_type, headers, value)
   SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[])`,
);

/** The same with each row's trace context (ADR 74): only written when tracing is on. */
const APPEND_TRACED_ROWS = namedStatement(
  'messaging.outbox.append-traced',
  `INSERT INTO outbox (topic, message_key, event_type, headers, value, trace_context)
   SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::jsonb[])`,
);

export interface PendingEvent {
  definition: IntegrationEventDefinition;
  data: unknown;
  subject?: string;
}

export interface OutboxRow {
  topic: string;
  key: string;
  eventType: string | null;
  headers: Record<string, string>;
  value: string;
  /** The span that wrote the row, which the relay continues (ADR 74); absent or null: none. */
  traceContext?: StoredTraceContext | null;
}

/** Turns integration events into outbox rows and writes them in the caller's transaction. */
export class OutboxWriter {
  constructor(
    private readonly registry: EventRegistry,
    private readonly source: string,
  ) {}

  toRow(pending: PendingEvent): OutboxRow {
    const { definition, data } = pending;
    this.registry.validate({ type: definition.type, data });
    const key = this.registry.partitionKeyOf(definition.type, data);
    const context = currentContext();
    const traceContext = activeTraceContext();
    const event: CloudEvent = {
      specversion: '1.0',
      id: randomUUID(),
      source: this.source,
      type: definition.type,
      subject: pending.subject ?? key,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      correlationid: context?.correlationId ?? randomUUID(),
      // With tracing on, the event's trace context is the span that changed the state.
      traceparent: traceContext?.traceparent ?? childTraceparent(context?.traceparent),
      data,
    };
    return {
      topic: definition.topic,
      key,
      eventType: definition.type,
      headers: toBinaryHeaders(event),
      value: JSON.stringify(data),
      ...(traceContext ? { traceContext } : {}),
    };
  }

  /** One INSERT for the whole batch, however many rows. */
  async append(manager: EntityManager, rows: OutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = [
      rows.map((r) => r.topic),
      rows.map((r) => r.key),
      rows.map((r) => r.eventType),
      rows.map((r) => JSON.stringify(r.headers)),
      rows.map((r) => r.value),
    ];
    if (rows.some((r) => r.traceContext)) {
      const traceContexts = rows.map((r) => (r.traceContext ? JSON.stringify(r.traceContext) : null));
      await queryNamed(manager, APPEND_TRACED_ROWS, [...columns, traceContexts]);
    } else {
      await queryNamed(manager, APPEND_ROWS, columns);
    }
  }
}
