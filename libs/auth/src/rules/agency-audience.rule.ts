/** Who an audience selects: every verified agency, some tiers, some sectors, or named agencies. */
export interface AgencyAudience {
  kind: string;
  values: readonly string[];
}

/** The facts about an agency the audience rule needs (a service's agency directory row). */
export interface AudienceCandidate {
  id: string;
  tier: string;
  sector: string;
  status: string;
}

/**
 * AudienceIncludes: only ACTIVE agencies, and only those the audience selects (ALL, TIERS,
 * SECTORS, AGENCIES). The rule of campaigns' audiences (apps/maturity) and of announcements'
 * agency audiences, in the API and at every exit. Any other kind (SESSION_PARTICIPANTS names
 * people, not agencies) selects no agency.
 */
export function audienceIncludes(audience: AgencyAudience, agency: AudienceCandidate): boolean {
  if (agency.status !== 'ACTIVE') return false;
  switch (audience.kind) {
    case 'ALL':
      return true;
    case 'TIERS':
      return audience.values.includes(agency.tier);
    case 'SECTORS':
      return audience.values.includes(agency.sector);
    case 'AGENCIES':
      return audience.values.map((v) => v.toLowerCase()).includes(agency.id.toLowerCase());
    default:
      return false;
  }
}
