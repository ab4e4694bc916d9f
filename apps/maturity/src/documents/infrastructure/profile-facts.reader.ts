import type { EntityManager } from 'typeorm';

export interface ProfileCoverRow {
  agencyName: string | null;
  agencyAcronym: string | null;
  campaignName: string | null;
  frameworkName: string | null;
  frameworkVersion: string | null;
}

export interface SubcategoryAsk {
  id: string;
  /** NIST's statement when the OSCAL catalogue was imported; the category's name otherwise. */
  asks: string | null;
}

/** What a profile's cover and its gaps' explanations read beside the profile's own queries. */
export class ProfileFactsReader {
  constructor(private readonly manager: EntityManager) {}

  async cover(assessmentId: string): Promise<ProfileCoverRow> {
    const [row] = await this.manager.query(
      `SELECT d.name AS "agencyName", d.acronym AS "agencyAcronym", c.name AS "campaignName",
              f.name AS "frameworkName", f.version AS "frameworkVersion"
         FROM assessments a
         LEFT JOIN agency_directory d ON d.agency_id = a.agency_id
         LEFT JOIN campaigns c ON c.id = a.campaign_id
         LEFT JOIN frameworks f ON f.id = a.framework_id
        WHERE a.id = $1`,
      [assessmentId],
    );
    return row;
  }

  asks(frameworkId: string, subcategoryIds: readonly string[]): Promise<SubcategoryAsk[]> {
    return this.manager.query(
      `SELECT s.id, COALESCE(s.statement, s.name, c.name) AS asks
         FROM framework_nodes s
         LEFT JOIN framework_nodes c ON c.framework_id = s.framework_id AND c.level = 'category' AND c.id = s.category_id
        WHERE s.framework_id = $1 AND s.level = 'subcategory' AND s.id = ANY($2::text[])`,
      [frameworkId, subcategoryIds],
    );
  }
}
