import { MEMBER_ERROR_STATUSES } from '../../members/domain/member.errors';

/** Business rule violations, with stable codes the HTTP layer maps once. */
export class AgencyRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Every business error code of the agencies service and its HTTP status. */
export const AGENCY_ERROR_STATUSES: Record<string, number> = {
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
  ...MEMBER_ERROR_STATUSES,
};
