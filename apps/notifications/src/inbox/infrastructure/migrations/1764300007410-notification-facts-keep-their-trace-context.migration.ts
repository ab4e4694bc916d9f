import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification fact keeps the trace context of the event handling that told it (ADR 74), so
 * the span of each e-mail sent about it continues the event's trace. Nullable, no default: no row
 * is rewritten; facts told before (or with tracing off) keep NULL.
 */
export class NotificationFactsKeepTheirTraceContext1764300007410 implements MigrationInterface {
  name = 'NotificationFactsKeepTheirTraceContext1764300007410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_facts ADD COLUMN trace_context jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_facts DROP COLUMN trace_context`);
  }
}
