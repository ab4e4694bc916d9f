/** Who is looking, in the terms the rule needs (built from the authenticated principal). */
export interface AgencyViewer {
  operatesPlatform: boolean;
  sub: string | null;
  /** Agencies the viewer is a member of, whatever their status. */
  memberOf: readonly string[];
}

/**
 * AgencyIsVisibleTo (ADR 7): organisers and platform-admins see every agency; anyone signed in
 * sees ACTIVE agencies, the agencies they belong to and the applications they made. Anything else
 * does not exist for them (404, absent from lists, and withheld at every exit).
 */
export function agencyIsVisibleTo(
  viewer: AgencyViewer,
  agency: { id: string; status: string; applicantSub: string | null },
): boolean {
  if (viewer.operatesPlatform) return true;
  if (viewer.sub === null) return false;
  return (
    agency.status === 'ACTIVE' || viewer.memberOf.includes(agency.id) || agency.applicantSub === viewer.sub
  );
}
