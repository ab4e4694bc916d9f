export type AgencyTier = 'FEDERAL' | 'PROVINCIAL' | 'DEPARTMENTAL';

const RANK: Record<AgencyTier, number> = { FEDERAL: 3, PROVINCIAL: 2, DEPARTMENTAL: 1 };

/** FEDERAL > PROVINCIAL > DEPARTMENTAL. */
export function tierRank(tier: AgencyTier): number {
  return RANK[tier];
}

/** Provincial and departmental agencies belong to a jurisdiction (e.g. Punjab); federal ones need none. */
export function tierNeedsJurisdiction(tier: AgencyTier): boolean {
  return tier !== 'FEDERAL';
}
