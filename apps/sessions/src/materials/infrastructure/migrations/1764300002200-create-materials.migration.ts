import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMaterials1764300002200 implements MigrationInterface {
  name = 'CreateMaterials1764300002200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE materials (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id),
        title text NOT NULL,
        url text NOT NULL,
        agenda_item_id uuid,
        tlp text NOT NULL CHECK (tlp IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
        owner_agency_id uuid,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX materials_by_session ON materials (session_id, published_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE materials`);
  }
}
