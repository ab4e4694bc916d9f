import type { EntityManager } from 'typeorm';
import type { CampaignSubmitter, ReportGrouping } from '../domain/anonymised-release.rule';

export type { ReportGrouping } from '../domain/anonymised-release.rule';

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

  /**
   * The groups and, in one statement, either (for organisers) the named per-agency table or (for
   * agency members) every submitter's tier, sector and functions, which the anonymised release
   * needs to decide all groupings at once (ADR 0052): the counted answers are read once (a CTE
   * referenced more than once is materialised), then aggregated per agency and per group.
   */
  async report(
    campaignId: string,
    groupBy: ReportGrouping,
    named: boolean,
  ): Promise<{ groups: GroupRow[]; agencies: AgencyScoreRow[]; submitters: CampaignSubmitter[] }> {
    const key = groupBy === 'function' ? 'c.function_id' : `d.${groupBy}`;
    const order =
      groupBy === 'function'
        ? `(SELECT min(n.position) FROM framework_nodes n JOIN campaigns k ON k.framework_id = n.framework_id
             WHERE k.id = $1 AND n.level = 'function' AND n.id = g.key)`
        : 'NULL::int';
    const rows: Array<{
      kind: 'group' | 'agency' | 'submitter';
      row: GroupRow & AgencyScoreRow & CampaignSubmitter;
    }> = await this.manager.query(
      `WITH counted AS MATERIALIZED (${COUNTED}),
            per_agency AS (
              SELECT c.agency_id, ${key} AS key, avg(c.current) AS current, avg(c.target) AS target, avg(c.gap) AS gap
                FROM counted c JOIN agency_directory d ON d.agency_id = c.agency_id
               GROUP BY c.agency_id, ${key}),
            g AS (
              SELECT key, count(*)::int AS agencies, round(avg(current), 2)::float8 AS current,
                     round(avg(target), 2)::float8 AS target, round(avg(gap), 2)::float8 AS gap
                FROM per_agency GROUP BY key)
       SELECT 'group' AS kind, json_build_object('key', g.key, 'agencies', g.agencies, 'current', g.current,
                'target', g.target, 'gap', g.gap) AS row, ${order} AS o1, g.key AS o2
         FROM g
       UNION ALL
       SELECT 'agency', json_build_object('agencyId', d.agency_id, 'name', d.name, 'acronym', d.acronym, 'tier', d.tier,
                'sector', d.sector, 'current', round(avg(c.current), 2)::float8, 'target', round(avg(c.target), 2)::float8,
                'gap', round(avg(c.gap), 2)::float8, 'answered', count(*)::int), NULL, lower(d.name) || ' ' || d.agency_id
         FROM counted c JOIN agency_directory d ON d.agency_id = c.agency_id
        WHERE $2::boolean
        GROUP BY d.agency_id, d.name, d.acronym, d.tier, d.sector
       UNION ALL
       SELECT 'submitter', json_build_object('agencyId', d.agency_id, 'tier', d.tier, 'sector', d.sector,
                'functionIds', array_agg(DISTINCT c.function_id)), NULL, NULL
         FROM counted c JOIN agency_directory d ON d.agency_id = c.agency_id
        WHERE NOT $2::boolean
        GROUP BY d.agency_id, d.tier, d.sector
       ORDER BY 1 DESC, 3, 4`,
      [campaignId, named],
    );
    return {
      groups: rows.filter((r) => r.kind === 'group').map((r) => r.row),
      agencies: rows.filter((r) => r.kind === 'agency').map((r) => r.row),
      submitters: rows.filter((r) => r.kind === 'submitter').map((r) => r.row),
    };
  }
}
