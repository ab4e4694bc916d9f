import { MaturityRuleViolation } from '../../maturity-rule.violation';
import type { AgencyMembers } from './agency-members.port';
import { ROADMAP_ERRORS } from './roadmap.errors';

/**
 * AnItemIsOwnedByAMemberOfItsAgency: a new owner must be a member of the item's agency (422
 * `ROADMAP.OWNER_NOT_MEMBER` otherwise). Only a change of owner is checked: an owner who has left
 * since stays on the item until someone names another.
 */
export async function assertOwnerIsAMember(
  members: AgencyMembers,
  agencyId: string,
  ownerSub: string | null | undefined,
): Promise<void> {
  if (ownerSub === undefined || ownerSub === null) return;
  if (!(await members.isMember(agencyId, ownerSub))) {
    throw new MaturityRuleViolation(
      ROADMAP_ERRORS.ownerNotMember,
      "The owner of a roadmap item must be a member of the item's agency.",
    );
  }
}
