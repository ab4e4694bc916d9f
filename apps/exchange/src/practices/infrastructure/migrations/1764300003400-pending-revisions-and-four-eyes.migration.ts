import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four eyes and pending revisions (ADRs 55, 56): who wrote, revised or submitted each practice (they
 * never review it), the revision readers read, and an edit of a published practice waiting for
 * review (its content beside the published one, so the stored search vector keeps the published
 * text). Existing practices learn their contributors from their revisions (submitters before this
 * migration were not recorded); a published one's last revision is the one readers read.
 */
export class PendingRevisionsAndFourEyes1764300003400 implements MigrationInterface {
  name = 'PendingRevisionsAndFourEyes1764300003400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE practices
        ADD COLUMN contributor_subs text[] NOT NULL DEFAULT '{}',
        ADD COLUMN published_revision_number integer,
        ADD COLUMN pending_revision_number integer,
        ADD COLUMN pending_revision_status text
          CONSTRAINT practices_pending_revision_status_check
          CHECK (pending_revision_status IN ('DRAFT', 'SUBMITTED', 'REJECTED')),
        ADD COLUMN pending_content jsonb,
        ADD COLUMN pending_rejection_reason text,
        ADD CONSTRAINT practices_pending_revision_only_when_published
          CHECK (pending_revision_status IS NULL OR status = 'PUBLISHED')`);
    await q.query(`
      UPDATE practices p SET
        contributor_subs = ARRAY(
          SELECT p.author_sub
           UNION
          SELECT r.author_sub FROM practice_revisions r
           WHERE r.practice_id = p.id AND r.kind IN ('CREATED', 'REVISED')
           ORDER BY 1),
        published_revision_number = CASE WHEN p.published_at IS NOT NULL THEN p.revision_count END`);
    await q.query(`ALTER TABLE practice_revisions ADD COLUMN proposal boolean NOT NULL DEFAULT false`);
    await q.query(`
      ALTER TABLE practice_revisions
        DROP CONSTRAINT practice_revisions_kind_check,
        ADD CONSTRAINT practice_revisions_kind_check
          CHECK (kind IN ('CREATED', 'REVISED', 'MARKING_APPROVED', 'REVISION_PUBLISHED'))`);
  }

  /** Refuses while revisions of the new kinds exist: revisions are history and are never deleted. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM practice_revisions WHERE kind = 'REVISION_PUBLISHED' OR proposal) THEN
          RAISE EXCEPTION 'pending revisions exist; this migration cannot be undone without losing them';
        END IF;
      END $$`);
    await q.query(`
      ALTER TABLE practice_revisions
        DROP CONSTRAINT practice_revisions_kind_check,
        ADD CONSTRAINT practice_revisions_kind_check CHECK (kind IN ('CREATED', 'REVISED', 'MARKING_APPROVED')),
        DROP COLUMN proposal`);
    await q.query(`
      ALTER TABLE practices
        DROP CONSTRAINT practices_pending_revision_only_when_published,
        DROP COLUMN pending_rejection_reason,
        DROP COLUMN pending_content,
        DROP COLUMN pending_revision_status,
        DROP COLUMN pending_revision_number,
        DROP COLUMN published_revision_number,
        DROP COLUMN contributor_subs`);
  }
}
