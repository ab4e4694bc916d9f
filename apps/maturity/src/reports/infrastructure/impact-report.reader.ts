import type { EntityManager } from 'typeorm';

export interface ImpactRow {
  subcategoryId: string | null;
  attendedAgencies: number;
  attendedMean: number | null;
  otherAgencies: number;
  otherMean: number | null;
}

/**
 * The impact comparison in SQL. For each subcategory the session covers (its agenda's
 * frameworkRefs and the practices presented at it), the change in current tier of every agency
 * that answered it as applicable in submitted assessments of both campaigns, averaged separately
 * for agencies that attended the session and those that did not. The row with a null
 * subcategory pools the covered subcategories: each agency's mean change over them.
 */
export class ImpactReportReader {
  constructor(private readonly manager: EntityManager) {}

  async sessionKnown(sessionId: string): Promise<boolean> {
    const [row] = await this.manager.query(
      `SELECT EXISTS (SELECT 1 FROM projected_sessions WHERE session_id = $1)
           OR EXISTS (SELECT 1 FROM projected_session_attendance WHERE session_id = $1) AS known`,
      [sessionId],
    );
    return row.known;
  }

  async attendingAgencies(sessionId: string): Promise<number> {
    const [row] = await this.manager.query(
      `SELECT count(*)::int AS n FROM projected_session_attendance WHERE session_id = $1`,
      [sessionId],
    );
    return row.n;
  }

  compare(sessionId: string, campaignId: string, baselineCampaignId: string): Promise<ImpactRow[]> {
    return this.manager.query(
      `WITH covered AS (
         SELECT DISTINCT unnest(subcategory_ids) AS subcategory_id FROM projected_session_coverage WHERE session_id = $1
         UNION
         SELECT DISTINCT unnest(subcategory_ids) FROM projected_practices WHERE session_id = $1 AND published),
       answers AS (
         SELECT a.agency_id, a.campaign_id, x.subcategory_id, x.current
           FROM assessments a JOIN assessment_answers x ON x.assessment_id = a.id
          WHERE a.campaign_id IN ($2, $3) AND a.status IN ('SUBMITTED', 'REVIEWED') AND NOT x.not_applicable
            AND x.subcategory_id IN (SELECT subcategory_id FROM covered)),
       changes AS (
         SELECT l.agency_id, l.subcategory_id, (l.current - b.current)::numeric AS change,
                EXISTS (SELECT 1 FROM projected_session_attendance t WHERE t.session_id = $1 AND t.agency_id = l.agency_id) AS attended
           FROM answers l JOIN answers b ON b.agency_id = l.agency_id AND b.subcategory_id = l.subcategory_id AND b.campaign_id = $3
          WHERE l.campaign_id = $2),
       per_subcategory AS (
         SELECT subcategory_id, attended, count(*)::int AS agencies, round(avg(change), 2)::float8 AS mean
           FROM changes GROUP BY subcategory_id, attended),
       pooled AS (
         SELECT attended, count(*)::int AS agencies, round(avg(change), 2)::float8 AS mean
           FROM (SELECT agency_id, attended, avg(change) AS change FROM changes GROUP BY agency_id, attended) per_agency
          GROUP BY attended)
       SELECT NULL::text AS "subcategoryId",
              COALESCE((SELECT agencies FROM pooled WHERE attended), 0) AS "attendedAgencies",
              (SELECT mean FROM pooled WHERE attended) AS "attendedMean",
              COALESCE((SELECT agencies FROM pooled WHERE NOT attended), 0) AS "otherAgencies",
              (SELECT mean FROM pooled WHERE NOT attended) AS "otherMean"
       UNION ALL
       SELECT * FROM (
         SELECT c.subcategory_id,
                COALESCE(max(p.agencies) FILTER (WHERE p.attended), 0),
                max(p.mean) FILTER (WHERE p.attended),
                COALESCE(max(p.agencies) FILTER (WHERE NOT p.attended), 0),
                max(p.mean) FILTER (WHERE NOT p.attended)
           FROM covered c LEFT JOIN per_subcategory p ON p.subcategory_id = c.subcategory_id
          GROUP BY c.subcategory_id
          ORDER BY c.subcategory_id COLLATE "C") per_row`,
      [sessionId, campaignId, baselineCampaignId],
    );
  }
}
