import type { MigrationInterface, QueryRunner } from 'typeorm';

const MARKINGS = `'TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'`;

/**
 * Practices with their immutable revisions, and full-text search over a stored, weighted
 * `tsvector` (title A, summary B, tags C, body D) behind a GIN index (ADR 31).
 */
export class CreatePractices1764300003000 implements MigrationInterface {
  name = 'CreatePractices1764300003000';

  async up(q: QueryRunner): Promise<void> {
    // array_to_string is only STABLE in general; over text[] it is immutable, which a generated column needs.
    await q.query(`
      CREATE FUNCTION exchange_practice_document(title text, summary text, tags text[], body text)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('english'::regconfig, title), 'A')
            || setweight(to_tsvector('english'::regconfig, summary), 'B')
            || setweight(to_tsvector('english'::regconfig, array_to_string(tags, ' ')), 'C')
            || setweight(to_tsvector('english'::regconfig, body), 'D')
      $$`);
    await q.query(`
      CREATE TABLE practices (
        id uuid PRIMARY KEY,
        owner_agency_id uuid NOT NULL,
        author_sub text NOT NULL,
        session_id uuid,
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL,
        sectors text[] NOT NULL,
        framework_refs text[] NOT NULL,
        framework_categories text[] NOT NULL,
        framework_functions text[] NOT NULL,
        tlp text NOT NULL CHECK (tlp IN (${MARKINGS})),
        shared_with_agency_ids uuid[] NOT NULL,
        recipient_subs text[] NOT NULL,
        pending_tlp text CHECK (pending_tlp IN (${MARKINGS})),
        pending_shared_with_agency_ids uuid[],
        pending_recipient_subs text[],
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')),
        rejection_reason text,
        version integer NOT NULL,
        revision_count integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz,
        search tsvector GENERATED ALWAYS AS (exchange_practice_document(title, summary, tags, body)) STORED,
        CONSTRAINT practices_pending_only_when_published CHECK (pending_tlp IS NULL OR status = 'PUBLISHED')
      )`);
    await q.query(`CREATE INDEX practices_search_idx ON practices USING gin (search)`);
    await q.query(`CREATE INDEX practices_recent_idx ON practices (updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX practices_owner_idx ON practices (owner_agency_id)`);
    await q.query(`CREATE INDEX practices_tags_idx ON practices USING gin (tags)`);
    await q.query(`CREATE INDEX practices_framework_idx ON practices USING gin (framework_refs)`);
    await q.query(`
      CREATE TABLE practice_revisions (
        practice_id uuid NOT NULL REFERENCES practices (id),
        number integer NOT NULL CHECK (number >= 1),
        kind text NOT NULL CHECK (kind IN ('CREATED', 'REVISED', 'MARKING_APPROVED')),
        author_sub text NOT NULL,
        created_at timestamptz NOT NULL,
        changed_fields text[] NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL,
        sectors text[] NOT NULL,
        framework_refs text[] NOT NULL,
        tlp text NOT NULL,
        shared_with_agency_ids uuid[] NOT NULL,
        recipient_subs text[] NOT NULL,
        pending_tlp text,
        pending_shared_with_agency_ids uuid[],
        pending_recipient_subs text[],
        PRIMARY KEY (practice_id, number)
      )`);
    // Revisions are immutable: the database refuses to change or delete one.
    await q.query(`
      CREATE FUNCTION practice_revisions_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'practice revisions are immutable' USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER practice_revisions_immutable BEFORE UPDATE OR DELETE ON practice_revisions
      FOR EACH ROW EXECUTE FUNCTION practice_revisions_are_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practice_revisions`);
    await q.query(`DROP FUNCTION practice_revisions_are_immutable()`);
    await q.query(`DROP TABLE practices`);
    await q.query(`DROP FUNCTION exchange_practice_document(text, text, text[], text)`);
  }
}
