import type { EntityManager } from 'typeorm';
import { audienceIncludesSql } from './audience.sql';

export interface ProgressRow {
  agencyId: string;
  name: string;
  acronym: string;
  assessmentId: string | null;
  status: 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'REVIEWED';
  answered: number;
  subcategories: number;
  sortName: string;
}

/**
 * Per agency in the campaign's audience (and any agency that assessed in it): its assessment's
 * status and how many of the framework's subcategories it answered, in one query, by name.
 */
export class CampaignProgressReader {
  constructor(private readonly manager: EntityManager) {}

  list(campaignId: string, limit: number, after?: readonly [string, string]): Promise<ProgressRow[]> {
    const params: unknown[] = [campaignId, limit];
    const keyset = after
      ? `AND (lower(d.name), d.agency_id) > ($${params.push(after[0])}, $${params.push(after[1])}::uuid)`
      : '';
    return this.manager.query(
      `WITH total AS (
         SELECT count(*)::int AS n FROM framework_nodes n JOIN campaigns c ON c.framework_id = n.framework_id
          WHERE c.id = $1 AND n.level = 'subcategory')
       SELECT d.agency_id AS "agencyId", d.name, d.acronym, a.id AS "assessmentId",
              COALESCE(a.status, 'NOT_STARTED') AS status,
              COALESCE((SELECT count(*)::int FROM assessment_answers x WHERE x.assessment_id = a.id), 0) AS answered,
              (SELECT n FROM total) AS subcategories, lower(d.name) AS "sortName"
         FROM campaigns c
         JOIN agency_directory d ON ${audienceIncludesSql('c', 'd')}
                                 OR EXISTS (SELECT 1 FROM assessments e WHERE e.campaign_id = c.id AND e.agency_id = d.agency_id)
         LEFT JOIN assessments a ON a.campaign_id = c.id AND a.agency_id = d.agency_id
        WHERE c.id = $1 ${keyset}
        ORDER BY lower(d.name), d.agency_id
        LIMIT $2`,
      params,
    );
  }
}
