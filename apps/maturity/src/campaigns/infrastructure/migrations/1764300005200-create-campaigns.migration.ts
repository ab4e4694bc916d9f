import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCampaigns1764300005200 implements MigrationInterface {
  name = 'CreateCampaigns1764300005200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        framework_id text NOT NULL REFERENCES frameworks (id),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        session_ids uuid[] NOT NULL DEFAULT '{}',
        audience_kind text NOT NULL CHECK (audience_kind IN ('ALL', 'TIERS', 'SECTORS', 'AGENCIES')),
        audience_values text[] NOT NULL DEFAULT '{}',
        targets jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
        opened_by text NOT NULL,
        closed_at timestamptz,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (opens_at < closes_at)
      )`);
    await q.query(`CREATE INDEX campaigns_order_idx ON campaigns (created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaigns`);
  }
}
