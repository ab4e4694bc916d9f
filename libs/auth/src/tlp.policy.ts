import { activeAgencyIds, isAgencyAdmin, operatesPlatform, type Principal } from './principal';
import { isTlpMarking, tlpRank, type TlpMarking } from './tlp';

/** What the read rule needs to know about a marked item. */
export interface TlpResource {
  /** The originating agency; null for platform-authored content. */
  ownerAgencyId: string | null;
  /** TLP:AMBER — further agencies whose members may read. */
  sharedWithAgencyIds?: readonly string[];
  /** TLP:RED — the people (`sub`) named as recipients. */
  recipientSubs?: readonly string[];
  /** Submitted for review: organisers and platform-admins may read it (except TLP:RED). */
  underReview?: boolean;
}

/**
 * The TLP 2.0 read rule. What it denies must "not exist" for the caller (404, absent from lists,
 * counts and search); `tlpReadPredicate` (tlp.sql.ts) is the same rule for SQL.
 *
 * - CLEAR: anyone, even anonymous.
 * - GREEN: any member of an ACTIVE agency.
 * - AMBER: members of the owner agency and of `sharedWithAgencyIds`.
 * - AMBER+STRICT: members of the owner agency.
 * - RED: the named `recipientSubs`, and the owner agency's agency-admins.
 * - Organisers and platform-admins read anything under review except RED.
 * - Memberships count only while their agency is ACTIVE. An unknown marking is never readable.
 * - Integrations: never RED and never above their clearance; an agency-owned client reads what a
 *   member of its owner agency reads (the caller checks that the owner agency is active).
 */
export function canRead(principal: Principal, marking: TlpMarking, resource: TlpResource): boolean {
  if (!isTlpMarking(marking)) return false;
  if (marking === 'TLP:CLEAR') return true;
  switch (principal.kind) {
    case 'anonymous':
      return false;
    case 'integration': {
      if (!isTlpMarking(principal.tlpClearance)) return false;
      if (marking === 'TLP:RED' || tlpRank(marking) > tlpRank(principal.tlpClearance)) return false;
      if (principal.ownerAgencyId === null) return true;
      return memberRule([principal.ownerAgencyId], marking, resource);
    }
    case 'person': {
      if (marking === 'TLP:RED') {
        return (
          (resource.recipientSubs ?? []).includes(principal.sub) ||
          (resource.ownerAgencyId !== null && isAgencyAdmin(principal, resource.ownerAgencyId))
        );
      }
      if (resource.underReview === true && operatesPlatform(principal)) return true;
      return memberRule(activeAgencyIds(principal), marking, resource);
    }
  }
}

/** GREEN, AMBER and AMBER+STRICT for a caller who is an active member of `agencyIds`. */
function memberRule(agencyIds: readonly string[], marking: TlpMarking, resource: TlpResource): boolean {
  if (agencyIds.length === 0) return false;
  const isOwner = resource.ownerAgencyId !== null && agencyIds.includes(resource.ownerAgencyId);
  switch (marking) {
    case 'TLP:GREEN':
      return true;
    case 'TLP:AMBER':
      return isOwner || (resource.sharedWithAgencyIds ?? []).some((id) => agencyIds.includes(id));
    case 'TLP:AMBER+STRICT':
      return isOwner;
    default:
      return false;
  }
}
