import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Assessments (one per agency and campaign) and their answers, one row per subcategory. */
export class CreateAssessments1764300005300 implements MigrationInterface {
  name = 'CreateAssessments1764300005300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        framework_id text NOT NULL REFERENCES frameworks (id),
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED')),
        frozen boolean NOT NULL DEFAULT false,
        copied_from_id uuid REFERENCES assessments (id),
        shared_with_agency_ids uuid[] NOT NULL DEFAULT '{}',
        tlp text NOT NULL CHECK (tlp IN ('TLP:AMBER+STRICT', 'TLP:AMBER')),
        created_by text NOT NULL,
        submitted_by text,
        submitted_at timestamptz,
        reviewed_by text,
        reviewed_at timestamptz,
        review_comment text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (agency_id, campaign_id)
      )`);
    await q.query(`CREATE INDEX assessments_agency_idx ON assessments (agency_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX assessments_campaign_idx ON assessments (campaign_id)`);
    await q.query(`CREATE INDEX assessments_shared_idx ON assessments USING gin (shared_with_agency_ids)`);
    await q.query(`
      CREATE TABLE assessment_answers (
        assessment_id uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        subcategory_id text NOT NULL,
        current smallint NOT NULL CHECK (current BETWEEN 0 AND 4),
        target smallint NOT NULL CHECK (target BETWEEN 1 AND 4),
        target_overridden boolean NOT NULL DEFAULT false,
        target_reason text,
        not_applicable boolean NOT NULL DEFAULT false,
        evidence text,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (assessment_id, subcategory_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessment_answers`);
    await q.query(`DROP TABLE assessments`);
  }
}
