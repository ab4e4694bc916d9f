import type { Agency, AgencyChanges, Placement } from '../domain/agency.aggregate';
import type { AgencyHierarchy, ParentCandidate } from '../domain/agency-hierarchy.port';
import { AgencyRuleViolation } from '../domain/agency.errors';
import { agencyIsVisibleTo, type Viewer } from '../domain/agency-visibility.rule';

/** The parent an agency names, if the caller may see it; otherwise it does not exist for them. */
export async function visibleParent(
  hierarchy: AgencyHierarchy,
  parentId: string | null | undefined,
  viewer: Viewer,
): Promise<ParentCandidate | null> {
  if (!parentId) return null;
  const parent = await hierarchy.parent(parentId);
  if (!parent || !agencyIsVisibleTo(viewer, parent)) {
    throw new AgencyRuleViolation('AGENCY.PARENT_NOT_FOUND', 'The parent agency does not exist.');
  }
  return parent;
}

/** Where the agency would sit after the changes: its (new or current) parent and its children. */
export async function placementAfter(
  hierarchy: AgencyHierarchy,
  agency: Agency,
  changes: AgencyChanges,
  viewer: Viewer,
): Promise<Placement> {
  const parentId =
    changes.parentAgencyId !== undefined ? changes.parentAgencyId : agency.snapshot().parentAgencyId;
  return {
    parent: await visibleParent(hierarchy, parentId, viewer),
    childTiers: await hierarchy.childTiers(agency.id),
  };
}
