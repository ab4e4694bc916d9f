/** Business rule violations, with stable codes the HTTP layer maps once. */
export class AgencyRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const AGENCY_ERROR_STATUSES: Record<string, number> = {
  'AGENCY.JURISDICTION_REQUIRED': 422,
  'AGENCY.ACRONYM_TAKEN': 409,
  'AGENCY.NOT_FOUND': 404,
};
