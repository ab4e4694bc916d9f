import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trace context of the change that wrote an outbox row (ADR 74): W3C `traceparent` and
 * `tracestate` as `{"traceparent": …, "tracestate": …}`, so the relay publishes the row as a child
 * of that change's span. Nullable and without a default: adding it rewrites no row, existing rows
 * and rows written with tracing off keep NULL. Include it in each service's migration list after
 * `DropOutboxNotifyTrigger1764300000010`.
 */
export class OutboxTraceContext1764300000020 implements MigrationInterface {
  name = 'OutboxTraceContext1764300000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN trace_context jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN trace_context`);
  }
}
