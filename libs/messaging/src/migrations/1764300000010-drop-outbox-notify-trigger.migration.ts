import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drops the outbox's NOTIFY trigger (ADR 48). PostgreSQL serialises every notifying transaction's
 * commit on one cluster-wide lock, so the trigger made every write wait for the others' commits;
 * the service's unit of work now wakes its relay in process after the commit, and the relay's
 * polling fallback finds rows other processes write. Include it in each service's migration list
 * after `CreateOutboxAndInbox1764300000000`.
 */
export class DropOutboxNotifyTrigger1764300000010 implements MigrationInterface {
  name = 'DropOutboxNotifyTrigger1764300000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS outbox_notify_after_insert ON outbox`);
    await q.query(`DROP FUNCTION IF EXISTS outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('csg_outbox', ''); RETURN NULL; END $$`);
    await q.query(`
      CREATE TRIGGER outbox_notify_after_insert AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }
}
