/** No group of fewer agencies than this is shown to agency members (nobody can be picked out). */
export const MIN_ANONYMOUS_GROUP = 3;

/** GroupsOfFewerThanThreeAgenciesAreSuppressedForMembers; organisers see every group. */
export function groupIsShown(agencies: number, viewerSeesNames: boolean): boolean {
  return viewerSeesNames || agencies >= MIN_ANONYMOUS_GROUP;
}
