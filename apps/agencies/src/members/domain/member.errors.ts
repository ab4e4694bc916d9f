import { RuleViolation } from '@csg/domain';

/** Every stable error code the member rules raise (the service's edge maps them to statuses). */
export const MEMBER_ERROR_CODES = [
  'MEMBER.NOT_FOUND',
  'MEMBER.ALREADY_MEMBER',
  'MEMBER.LAST_ADMIN',
  'MEMBER.AGENCY_NOT_VERIFIED',
  'MEMBER.VERSION_MISMATCH',
] as const;

export type MemberErrorCode = (typeof MEMBER_ERROR_CODES)[number];

/** A broken rule about members: the one RuleViolation, with this context's codes. */
export const MemberRuleViolation = RuleViolation<MemberErrorCode>;
export type MemberRuleViolation = RuleViolation<MemberErrorCode>;

/** No member of this agency by that id (another agency's member does not exist here). */
export const memberNotFound = (): MemberRuleViolation =>
  new MemberRuleViolation('MEMBER.NOT_FOUND', 'No such member in this agency.');
