import type { EntityManager } from 'typeorm';
import { FUNCTION_WEIGHTS, type Change } from '../domain/maturity-scoring.rule';

export interface RollUpRow {
  level: 'overall' | 'function' | 'category';
  functionId: string | null;
  functionName: string | null;
  categoryId: string | null;
  categoryName: string | null;
  current: number | null;
  target: number | null;
  gap: number | null;
  answered: number;
}

export interface GapRow {
  subcategoryId: string;
  categoryId: string;
  categoryName: string;
  functionId: string;
  current: number;
  target: number;
  gap: number;
  priority: number;
}

export interface ChangeRow {
  subcategoryId: string;
  change: Change;
  current: number | null;
  previous: number | null;
  delta: number | null;
}

const WEIGHT_IDS = Object.keys(FUNCTION_WEIGHTS);
const WEIGHTS = WEIGHT_IDS.map((id) => FUNCTION_WEIGHTS[id]);

/**
 * The profile of an assessment computed by PostgreSQL (maturity-scoring.rule.ts is the reference):
 * means over answered and applicable subcategories per category, function and overall in one
 * GROUPING SETS query; gaps ordered by gap × function weight; the diff of two assessments.
 */
export class ProfileReader {
  constructor(private readonly manager: EntityManager) {}

  rollUps(assessmentId: string, frameworkId: string): Promise<RollUpRow[]> {
    return this.manager.query(
      `WITH r AS (
         SELECT s.function_id, s.category_id, GROUPING(s.function_id) AS gf, GROUPING(s.category_id) AS gc,
                round(avg(x.current) FILTER (WHERE NOT x.not_applicable), 2)::float8 AS current,
                round(avg(x.target) FILTER (WHERE NOT x.not_applicable), 2)::float8 AS target,
                round(avg(greatest(x.target - x.current, 0)) FILTER (WHERE NOT x.not_applicable), 2)::float8 AS gap,
                (count(x.subcategory_id) FILTER (WHERE NOT x.not_applicable))::int AS answered,
                min(s.position) AS position
           FROM framework_nodes s
           LEFT JOIN assessment_answers x ON x.assessment_id = $1 AND x.subcategory_id = s.id
          WHERE s.framework_id = $2 AND s.level = 'subcategory'
          GROUP BY GROUPING SETS ((s.function_id, s.category_id), (s.function_id), ()))
       SELECT CASE WHEN r.gf = 1 THEN 'overall' WHEN r.gc = 1 THEN 'function' ELSE 'category' END AS level,
              r.function_id AS "functionId", f.name AS "functionName", r.category_id AS "categoryId", c.name AS "categoryName",
              r.current, r.target, r.gap, r.answered
         FROM r
         LEFT JOIN framework_nodes f ON f.framework_id = $2 AND f.level = 'function' AND f.id = r.function_id
         LEFT JOIN framework_nodes c ON c.framework_id = $2 AND c.level = 'category' AND c.id = r.category_id
        ORDER BY r.gf DESC, r.position, r.gc DESC`,
      [assessmentId, frameworkId],
    );
  }

  gaps(assessmentId: string, frameworkId: string, limit = 1_000): Promise<GapRow[]> {
    return this.manager.query(
      `SELECT s.id AS "subcategoryId", s.category_id AS "categoryId", COALESCE(c.name, s.category_id) AS "categoryName",
              s.function_id AS "functionId", x.current::int AS current, x.target::int AS target,
              (x.target - x.current)::int AS gap,
              round((x.target - x.current) * COALESCE(w.weight, 1), 2)::float8 AS priority
         FROM assessment_answers x
         JOIN framework_nodes s ON s.framework_id = $2 AND s.level = 'subcategory' AND s.id = x.subcategory_id
         LEFT JOIN framework_nodes c ON c.framework_id = $2 AND c.level = 'category' AND c.id = s.category_id
         LEFT JOIN unnest($3::text[], $4::numeric[]) AS w(function_id, weight) ON w.function_id = s.function_id
        WHERE x.assessment_id = $1 AND NOT x.not_applicable AND x.target > x.current
        ORDER BY priority DESC, gap DESC, s.id COLLATE "C"
        LIMIT $5`,
      [assessmentId, frameworkId, WEIGHT_IDS, WEIGHTS, limit],
    );
  }

  diff(assessmentId: string, againstId: string): Promise<ChangeRow[]> {
    return this.manager.query(
      `WITH a AS (SELECT * FROM assessment_answers WHERE assessment_id = $1),
            b AS (SELECT * FROM assessment_answers WHERE assessment_id = $2),
            j AS (
              SELECT COALESCE(a.subcategory_id, b.subcategory_id) AS id,
                     CASE WHEN a.not_applicable THEN NULL ELSE a.current::int END AS current,
                     CASE WHEN b.not_applicable THEN NULL ELSE b.current::int END AS previous
                FROM a FULL JOIN b ON a.subcategory_id = b.subcategory_id)
       SELECT id AS "subcategoryId",
              CASE WHEN current IS NULL OR previous IS NULL THEN 'NOT_COMPARABLE'
                   WHEN current > previous THEN 'IMPROVED'
                   WHEN current < previous THEN 'REGRESSED'
                   ELSE 'UNCHANGED' END AS change,
              current, previous, current - previous AS delta
         FROM j ORDER BY id COLLATE "C"`,
      [assessmentId, againstId],
    );
  }
}
