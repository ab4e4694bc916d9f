import type { ErrorStatuses } from '@csg/http';
import type { AgencyErrorCode } from './agencies/domain/agency.errors';
import type { MemberErrorCode } from './members/domain/member.errors';

/**
 * The agencies service's edge: what HTTP status each of its error codes answers. Typed by the
 * codes, so a new code in domain/ does not compile until it is mapped here.
 */
export const AGENCIES_ERROR_STATUSES: ErrorStatuses<AgencyErrorCode | MemberErrorCode> = {
  'AGENCY.NOT_FOUND': 404,
  'AGENCY.ACRONYM_TAKEN': 409,
  'AGENCY.JURISDICTION_REQUIRED': 422,
  'AGENCY.PARENT_NOT_FOUND': 422,
  'AGENCY.HIERARCHY_CYCLE': 422,
  'AGENCY.PARENT_TIER_TOO_LOW': 422,
  'AGENCY.CHILD_TIER_TOO_HIGH': 422,
  'AGENCY.NOT_PENDING': 409,
  'AGENCY.NOT_ACTIVE': 409,
  'AGENCY.NOT_SUSPENDED': 409,
  'AGENCY.CHANGE_RESERVED': 403,
  'AGENCY.VERSION_MISMATCH': 412,
  'MEMBER.NOT_FOUND': 404,
  'MEMBER.ALREADY_MEMBER': 409,
  'MEMBER.LAST_ADMIN': 409,
  'MEMBER.AGENCY_NOT_VERIFIED': 409,
  'MEMBER.VERSION_MISMATCH': 412,
};
