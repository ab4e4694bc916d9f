import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The current state of each thing integration events are about (a practice, a campaign, an
 * agency, …): the data of its events merged in order. The exits evaluate the read rule on it at
 * the moment of delivery, so a narrowed marking or a withdrawn practice stops older events too.
 */
export class CreateEgressSubjects1764300004700 implements MigrationInterface {
  name = 'CreateEgressSubjects1764300004700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE egress_subjects (
        kind text NOT NULL,
        id text NOT NULL,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE egress_subjects`);
  }
}
