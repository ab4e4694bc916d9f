import type { EntityManager } from 'typeorm';
import { tlpReadPredicate, type Principal } from '@csg/auth';
import { FUNCTION_WEIGHTS } from '../../assessments/domain/maturity-scoring.rule';

export interface RecommendationRow {
  practiceId: string;
  title: string | null;
  tlp: string;
  ownerAgencyId: string | null;
  subcategoryId: string;
  current: number;
  target: number;
  gap: number;
  priority: number;
  coveredGaps: number;
  adoptions: number;
}

const WEIGHT_IDS = Object.keys(FUNCTION_WEIGHTS);
const WEIGHTS = WEIGHT_IDS.map((id) => FUNCTION_WEIGHTS[id]);

/**
 * Published practices whose references cover the assessment's gaps, filtered by the caller's
 * TLP clearance inside the query (the platform's one predicate), each with the largest gap it
 * addresses, ranked by that gap's priority, then by how many agencies adopted it, then by how
 * many of the gaps it covers.
 */
export class RecommendationReader {
  constructor(private readonly manager: EntityManager) {}

  recommend(
    principal: Principal,
    assessmentId: string,
    frameworkId: string,
    limit: number,
  ): Promise<RecommendationRow[]> {
    const params: unknown[] = [assessmentId, frameworkId, WEIGHT_IDS, WEIGHTS, limit];
    const readable = tlpReadPredicate(
      principal,
      {
        tlp: 'p.tlp',
        ownerAgencyId: 'p.owner_agency_id',
        sharedWithAgencyIds: 'p.shared_with_agency_ids',
        recipientSubs: 'p.recipient_subs',
      },
      params.length + 1,
    );
    return this.manager.query(
      `WITH gaps AS (
         SELECT x.subcategory_id, x.current::int AS current, x.target::int AS target, (x.target - x.current)::int AS gap,
                round((x.target - x.current) * COALESCE(w.weight, 1), 2)::float8 AS priority
           FROM assessment_answers x
           JOIN framework_nodes s ON s.framework_id = $2 AND s.level = 'subcategory' AND s.id = x.subcategory_id
           LEFT JOIN unnest($3::text[], $4::numeric[]) AS w(function_id, weight) ON w.function_id = s.function_id
          WHERE x.assessment_id = $1 AND NOT x.not_applicable AND x.target > x.current),
       matches AS (
         SELECT p.practice_id, g.subcategory_id, g.current, g.target, g.gap, g.priority,
                row_number() OVER (PARTITION BY p.practice_id ORDER BY g.priority DESC, g.gap DESC, g.subcategory_id COLLATE "C") AS rank,
                count(*) OVER (PARTITION BY p.practice_id) AS covered
           FROM projected_practices p
           JOIN gaps g ON g.subcategory_id = ANY(p.subcategory_ids)
          WHERE p.published AND ${readable.sql})
       SELECT m.practice_id AS "practiceId", p.title, p.tlp, p.owner_agency_id AS "ownerAgencyId",
              m.subcategory_id AS "subcategoryId", m.current, m.target, m.gap, m.priority, m.covered::int AS "coveredGaps",
              (SELECT count(*)::int FROM projected_practice_adoptions a WHERE a.practice_id = m.practice_id) AS adoptions
         FROM matches m JOIN projected_practices p ON p.practice_id = m.practice_id
        WHERE m.rank = 1
        ORDER BY m.priority DESC, adoptions DESC, m.covered DESC, m.practice_id
        LIMIT $5`,
      [...params, ...readable.params],
    );
  }

  /** The assessment the recommendations are for: the one named (of this agency), else the agency's latest. */
  async assessmentOf(
    agencyId: string,
    assessmentId: string | undefined,
  ): Promise<{ id: string; frameworkId: string } | null> {
    const [row] = await this.manager.query(
      `SELECT id, framework_id AS "frameworkId" FROM assessments
        WHERE agency_id = $1 AND ($2::uuid IS NULL OR id = $2::uuid)
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [agencyId, assessmentId ?? null],
    );
    return row ?? null;
  }
}
