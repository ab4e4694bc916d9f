import type { EntityManager } from 'typeorm';

export type ReportGrouping = 'function' | 'tier' | 'sector';

export interface GroupRow {
  key: string;
  agencies: number;
  current: number | null;
  target: number | null;
  gap: number | null;
}

export interface AgencyScoreRow {
  agencyId: string;
  name: string;
  acronym: string;
  tier: string;
  sector: string;
  current: number | null;
  target: number | null;
  gap: number | null;
  answered: number;
}

/** Answers that count in a campaign's report: submitted or reviewed assessments, applicable answers. */
const COUNTED = `
  SELECT a.agency_id, s.function_id, x.current, x.target, greatest(x.target - x.current, 0) AS gap
    FROM assessments a
    JOIN assessment_answers x ON x.assessment_id = a.id AND NOT x.not_applicable
    JOIN framework_nodes s ON s.framework_id = a.framework_id AND s.level = 'subcategory' AND s.id = x.subcategory_id
   WHERE a.campaign_id = $1 AND a.status IN ('SUBMITTED', 'REVIEWED')`;

/**
 * The maturity report in SQL: each agency's means first (every agency weighs the same, whatever
 * it answered), then the mean over the agencies of each group (function, tier or sector).
 */
export class MaturityReportReader {
  constructor(private readonly manager: EntityManager) {}

  groups(campaignId: string, groupBy: ReportGrouping): Promise<GroupRow[]> {
    const perAgency =
      groupBy === 'function'
        ? `SELECT agency_id, function_id AS key, avg(current) AS current, avg(target) AS target, avg(gap) AS gap
             FROM counted GROUP BY agency_id, function_id`
        : `SELECT c.agency_id, d.${groupBy} AS key, avg(c.current) AS current, avg(c.target) AS target, avg(c.gap) AS gap
             FROM counted c JOIN agency_directory d ON d.agency_id = c.agency_id GROUP BY c.agency_id, d.${groupBy}`;
    const order =
      groupBy === 'function'
        ? `(SELECT min(n.position) FROM framework_nodes n JOIN campaigns c ON c.framework_id = n.framework_id
             WHERE c.id = $1 AND n.level = 'function' AND n.id = g.key)`
        : 'g.key';
    return this.manager.query(
      `WITH counted AS (${COUNTED}), per_agency AS (${perAgency}),
            g AS (SELECT key, count(*)::int AS agencies, round(avg(current), 2)::float8 AS current,
                         round(avg(target), 2)::float8 AS target, round(avg(gap), 2)::float8 AS gap
                    FROM per_agency GROUP BY key)
       SELECT g.* FROM g ORDER BY ${order}, g.key`,
      [campaignId],
    );
  }

  /** Every assessed agency of the campaign by name, with its overall means (organisers only). */
  agencies(campaignId: string): Promise<AgencyScoreRow[]> {
    return this.manager.query(
      `WITH counted AS (${COUNTED})
       SELECT d.agency_id AS "agencyId", d.name, d.acronym, d.tier, d.sector,
              round(avg(c.current), 2)::float8 AS current, round(avg(c.target), 2)::float8 AS target,
              round(avg(c.gap), 2)::float8 AS gap, count(*)::int AS answered
         FROM counted c JOIN agency_directory d ON d.agency_id = c.agency_id
        GROUP BY d.agency_id, d.name, d.acronym, d.tier, d.sector
        ORDER BY lower(d.name), d.agency_id`,
      [campaignId],
    );
  }
}
