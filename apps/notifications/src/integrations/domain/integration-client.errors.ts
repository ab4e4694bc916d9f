import { RuleViolation } from '@csg/domain';

export const INTEGRATION_ERROR_CODES = [
  'INTEGRATION.CLIENT_NOT_FOUND',
  'INTEGRATION.CLIENT_REVOKED',
  'INTEGRATION.EVENT_TYPES_UNKNOWN',
  'INTEGRATION.CLEARANCE_TOO_HIGH',
] as const;
export type IntegrationErrorCode = (typeof INTEGRATION_ERROR_CODES)[number];

/** A broken rule of integration clients: the one RuleViolation, with this context's codes. */
export const IntegrationRuleViolation = RuleViolation<IntegrationErrorCode>;
export type IntegrationRuleViolation = RuleViolation<IntegrationErrorCode>;
