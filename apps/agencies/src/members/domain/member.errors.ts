/** Business rule violations about members, with stable codes the HTTP layer maps once. */
export class MemberRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const MEMBER_ERROR_STATUSES: Record<string, number> = {
  'MEMBER.NOT_FOUND': 404,
  'MEMBER.ALREADY_MEMBER': 409,
  'MEMBER.LAST_ADMIN': 409,
  'MEMBER.AGENCY_NOT_VERIFIED': 409,
  'MEMBER.VERSION_MISMATCH': 412,
};
