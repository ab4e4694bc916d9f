/**
 * Who may register for a session. Empty lists mean "no restriction on this dimension"; a scope
 * with every list empty (or none at all) invites every active agency. When several lists are set,
 * an agency is invited when it matches ANY of them (a named agency is invited whatever its tier).
 */
export interface InvitationScope {
  tiers: string[];
  sectors: string[];
  agencyIds: string[];
}

/** What the rule needs to know about an agency (from the service's agency directory). */
export interface AgencyFacts {
  id: string;
  tier: string;
  sector: string;
  status: string;
}

export function isOpenInvitation(scope: InvitationScope | null): boolean {
  return !scope || (scope.tiers.length === 0 && scope.sectors.length === 0 && scope.agencyIds.length === 0);
}

/** OnlyInvitedActiveAgenciesRegister. */
export function agencyIsInvited(scope: InvitationScope | null, agency: AgencyFacts): boolean {
  if (agency.status !== 'ACTIVE') return false;
  if (!scope || isOpenInvitation(scope)) return true;
  return (
    scope.agencyIds.includes(agency.id) ||
    scope.tiers.includes(agency.tier) ||
    scope.sectors.includes(agency.sector)
  );
}

export function normaliseScope(scope: Partial<InvitationScope> | null | undefined): InvitationScope | null {
  if (!scope) return null;
  const unique = (values: string[] | undefined) => [...new Set(values ?? [])].sort();
  const normalised = {
    tiers: unique(scope.tiers),
    sectors: unique(scope.sectors),
    agencyIds: unique(scope.agencyIds),
  };
  return isOpenInvitation(normalised) ? null : normalised;
}
