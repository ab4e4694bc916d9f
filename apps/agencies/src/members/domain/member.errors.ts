/** Every stable error code the member rules raise (the service's edge maps them to statuses). */
export const MEMBER_ERROR_CODES = [
  'MEMBER.NOT_FOUND',
  'MEMBER.ALREADY_MEMBER',
  'MEMBER.LAST_ADMIN',
  'MEMBER.AGENCY_NOT_VERIFIED',
  'MEMBER.VERSION_MISMATCH',
] as const;

export type MemberErrorCode = (typeof MEMBER_ERROR_CODES)[number];

/** A business rule violation about members: a stable code and a message safe to show. */
export class MemberRuleViolation extends Error {
  constructor(
    readonly code: MemberErrorCode,
    message: string,
  ) {
    super(message);
  }
}
