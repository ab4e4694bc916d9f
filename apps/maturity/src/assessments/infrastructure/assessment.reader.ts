import type { EntityManager } from 'typeorm';
import type { Principal } from '@csg/auth';
import type { Answer } from '../domain/answer-sheet.rule';
import type { AssessmentOrmEntity } from './assessment.orm-entity';
import { assessmentReadable } from './assessment-access.sql';

export type AssessmentRow = AssessmentOrmEntity & { answered: number; sortKey: string };

const COLUMNS = `a.id, a.agency_id AS "agencyId", a.campaign_id AS "campaignId", a.framework_id AS "frameworkId", a.status,
  a.frozen, a.copied_from_id AS "copiedFromId", a.shared_with_agency_ids AS "sharedWithAgencyIds", a.tlp,
  a.created_by AS "createdBy", a.submitted_by AS "submittedBy", a.submitted_at AS "submittedAt",
  a.reviewed_by AS "reviewedBy", a.reviewed_at AS "reviewedAt", a.review_comment AS "reviewComment", a.version,
  a.created_at AS "createdAt", a.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM assessment_answers n WHERE n.assessment_id = a.id) AS answered,
  to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortKey"`;

/** Assessments as the caller may read them: the access predicate is part of every query. */
export class AssessmentReader {
  constructor(private readonly manager: EntityManager) {}

  async visible(principal: Principal, id: string): Promise<AssessmentRow | null> {
    const access = assessmentReadable(principal, 'a', 2);
    const [row] = await this.manager.query(
      `SELECT ${COLUMNS} FROM assessments a WHERE a.id = $1 AND ${access.sql}`,
      [id, ...access.params],
    );
    return row ?? null;
  }

  listForAgency(
    principal: Principal,
    agencyId: string,
    limit: number,
    after?: readonly [string, string],
  ): Promise<AssessmentRow[]> {
    const params: unknown[] = [agencyId, limit];
    const keyset = after
      ? `AND (a.created_at, a.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`
      : '';
    const access = assessmentReadable(principal, 'a', params.length + 1);
    return this.manager.query(
      `SELECT ${COLUMNS} FROM assessments a
        WHERE a.agency_id = $1 ${keyset} AND ${access.sql}
        ORDER BY a.created_at DESC, a.id DESC LIMIT $2`,
      [...params, ...access.params],
    );
  }

  answers(assessmentId: string): Promise<Answer[]> {
    return this.manager.query(
      `SELECT x.subcategory_id AS "subcategoryId", x.current, x.target, x.target_overridden AS "targetOverridden",
              x.target_reason AS "targetReason", x.not_applicable AS "notApplicable", x.evidence
         FROM assessment_answers x
         JOIN assessments a ON a.id = x.assessment_id
         LEFT JOIN framework_nodes s ON s.framework_id = a.framework_id AND s.level = 'subcategory' AND s.id = x.subcategory_id
        WHERE x.assessment_id = $1
        ORDER BY s.position NULLS LAST, x.subcategory_id`,
      [assessmentId],
    );
  }
}
