import { RuleViolation } from '@csg/domain';

/** Every stable error code the agencies rules raise (the service's edge maps them to statuses). */
export const AGENCY_ERROR_CODES = [
  'AGENCY.NOT_FOUND',
  'AGENCY.ACRONYM_TAKEN',
  'AGENCY.JURISDICTION_REQUIRED',
  'AGENCY.PARENT_NOT_FOUND',
  'AGENCY.HIERARCHY_CYCLE',
  'AGENCY.PARENT_TIER_TOO_LOW',
  'AGENCY.CHILD_TIER_TOO_HIGH',
  'AGENCY.NOT_PENDING',
  'AGENCY.NOT_ACTIVE',
  'AGENCY.NOT_SUSPENDED',
  'AGENCY.CHANGE_RESERVED',
  'AGENCY.VERSION_MISMATCH',
] as const;

export type AgencyErrorCode = (typeof AGENCY_ERROR_CODES)[number];

/** A broken rule about agencies: the one RuleViolation, with this context's codes. */
export const AgencyRuleViolation = RuleViolation<AgencyErrorCode>;
export type AgencyRuleViolation = RuleViolation<AgencyErrorCode>;

/** An agency that is not there, or that the caller may not see (it does not exist for them). */
export const agencyNotFound = (): AgencyRuleViolation =>
  new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
