import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Remembered `Idempotency-Key`s and the first response to each (see `runIdempotently`). Add it
 * to the migrations of a service whose creating routes accept the header.
 */
export class CreateIdempotencyKeys1764300000200 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1764300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        response text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
