import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A queued webhook delivery keeps the trace context of the event handling that queued it (ADR 74),
 * so each attempt's span continues the event's trace. Nullable, no default: no row is rewritten,
 * deliveries queued before (or with tracing off) keep NULL and start a trace of their own.
 */
export class WebhookDeliveriesKeepTheirTraceContext1764300007400 implements MigrationInterface {
  name = 'WebhookDeliveriesKeepTheirTraceContext1764300007400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_deliveries ADD COLUMN trace_context jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_deliveries DROP COLUMN trace_context`);
  }
}
