import type { EntityManager } from 'typeorm';
import type { Answer } from '../domain/answer-sheet.rule';

/** The answers of assessments, written and read set-based (one statement per request). */
export class AnswerStore {
  constructor(private readonly manager: EntityManager) {}

  /** The stored answers of the given subcategories (what they were before an upsert). */
  async existing(assessmentId: string, subcategoryIds: string[]): Promise<Map<string, Answer>> {
    const rows: Answer[] = await this.manager.query(
      `SELECT subcategory_id AS "subcategoryId", current, target, target_overridden AS "targetOverridden",
              target_reason AS "targetReason", not_applicable AS "notApplicable", evidence
         FROM assessment_answers WHERE assessment_id = $1 AND subcategory_id = ANY($2::text[])`,
      [assessmentId, subcategoryIds],
    );
    return new Map(rows.map((r) => [r.subcategoryId, r]));
  }

  async upsert(assessmentId: string, answers: readonly Answer[], now: Date): Promise<void> {
    if (answers.length === 0) return;
    await this.manager.query(
      `INSERT INTO assessment_answers (assessment_id, subcategory_id, current, target, target_overridden, target_reason,
                                       not_applicable, evidence, updated_at)
       SELECT $1::uuid, *, $9::timestamptz FROM unnest($2::text[], $3::smallint[], $4::smallint[], $5::boolean[], $6::text[], $7::boolean[], $8::text[])
       ON CONFLICT (assessment_id, subcategory_id) DO UPDATE SET
         current = EXCLUDED.current, target = EXCLUDED.target, target_overridden = EXCLUDED.target_overridden,
         target_reason = EXCLUDED.target_reason, not_applicable = EXCLUDED.not_applicable, evidence = EXCLUDED.evidence,
         updated_at = EXCLUDED.updated_at`,
      [
        assessmentId,
        answers.map((a) => a.subcategoryId),
        answers.map((a) => a.current),
        answers.map((a) => a.target),
        answers.map((a) => a.targetOverridden),
        answers.map((a) => a.targetReason),
        answers.map((a) => a.notApplicable),
        answers.map((a) => a.evidence),
        now,
      ],
    );
  }

  async count(assessmentId: string): Promise<number> {
    const [row] = await this.manager.query(
      `SELECT count(*)::int AS n FROM assessment_answers WHERE assessment_id = $1`,
      [assessmentId],
    );
    return row.n;
  }

  /**
   * Carries another assessment's answers forward in one INSERT … SELECT: current tiers,
   * evidence and not-applicable stay; targets become the new campaign's, except those the agency
   * overrode (kept, with their reason). Subcategories the framework no longer lists are left out.
   */
  async copy(fromAssessmentId: string, toAssessmentId: string, now: Date): Promise<number> {
    const copied: unknown[] = await this.manager.query(
      `INSERT INTO assessment_answers (assessment_id, subcategory_id, current, target, target_overridden, target_reason,
                                       not_applicable, evidence, updated_at)
       SELECT t.id, x.subcategory_id, x.current,
              CASE WHEN x.target_overridden THEN x.target ELSE ${campaignTargetSql('c', 's')} END,
              x.target_overridden, x.target_reason, x.not_applicable, x.evidence, $3
         FROM assessments t
         JOIN campaigns c ON c.id = t.campaign_id
         JOIN assessment_answers x ON x.assessment_id = $1
         JOIN framework_nodes s ON s.framework_id = t.framework_id AND s.level = 'subcategory' AND s.id = x.subcategory_id
        WHERE t.id = $2
       RETURNING 1`,
      [fromAssessmentId, toAssessmentId, now],
    );
    return copied.length;
  }
}

/** `targetFor` (campaign-targets.value-object.ts) in SQL: the subcategory's, its function's, else the default. */
export function campaignTargetSql(campaign: string, subcategoryNode: string): string {
  return `COALESCE((${campaign}.targets->'bySubcategory'->>${subcategoryNode}.id)::smallint,
                   (${campaign}.targets->'byFunction'->>${subcategoryNode}.function_id)::smallint,
                   (${campaign}.targets->>'default')::smallint)`;
}
