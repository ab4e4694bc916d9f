/** A broken integration-client rule, with a stable code the service maps at its edge. */
export class IntegrationRuleViolation extends Error {
  constructor(
    readonly code: IntegrationErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const INTEGRATION_ERROR_CODES = [
  'INTEGRATION.CLIENT_NOT_FOUND',
  'INTEGRATION.CLIENT_REVOKED',
  'INTEGRATION.EVENT_TYPES_UNKNOWN',
  'INTEGRATION.CLEARANCE_TOO_HIGH',
] as const;
export type IntegrationErrorCode = (typeof INTEGRATION_ERROR_CODES)[number];
