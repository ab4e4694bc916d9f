import type { MemberRole } from './member.aggregate';
import { MemberRuleViolation } from './member.errors';

/**
 * AgencyAlwaysKeepsAnAgencyAdmin: removing or demoting the last agency-admin of an agency is
 * refused. `adminCount` is the agency's number of agency-admins before the change, read under
 * the agency's lock so two concurrent demotions cannot both pass.
 */
export function assertAgencyKeepsAnAdmin(
  member: { role: MemberRole },
  becomes: MemberRole | 'removed',
  adminCount: number,
): void {
  const losesAnAdmin = member.role === 'agency-admin' && becomes !== 'agency-admin';
  if (losesAnAdmin && adminCount <= 1) {
    throw new MemberRuleViolation(
      'MEMBER.LAST_ADMIN',
      "This is the agency's last agency-admin: make someone else agency-admin first.",
    );
  }
}
