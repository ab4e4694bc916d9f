/** Who asks to see a session: an organiser or platform-admin, or a member of the given active agencies. */
export interface SessionViewer {
  operator: boolean;
  agencyIds: readonly string[];
}

/**
 * SessionsAreVisibleToTheCommunity: a session's details are TLP:GREEN, so members of active
 * agencies see every session that is not a draft; organisers and platform-admins see drafts too.
 * What a caller may not see does not exist for them (404).
 */
export function sessionIsVisibleTo(viewer: SessionViewer, status: string): boolean {
  if (viewer.operator) return true;
  return status !== 'DRAFT' && viewer.agencyIds.length > 0;
}
