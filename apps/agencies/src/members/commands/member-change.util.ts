import type { Agency } from '../../agencies/domain/agency.aggregate';
import type { AgencyRepository } from '../../agencies/domain/agency-repository.port';
import { AgencyRuleViolation } from '../../agencies/domain/agency.errors';
import type { Member } from '../domain/member.aggregate';
import type { MemberRepository } from '../domain/member-repository.port';
import { MemberRuleViolation } from '../domain/member.errors';

/**
 * Locks the agency for the rest of the transaction (member changes of one agency are
 * serialised, so the last-admin rule holds under concurrency and their events, keyed by the
 * agency, stay in commit order).
 */
export async function lockAgency(agencies: AgencyRepository, agencyId: string): Promise<Agency> {
  const agency = await agencies.lockById(agencyId);
  if (!agency) throw new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
  return agency;
}

/** The member `memberId` of exactly this agency (another agency's member does not exist here). */
export async function memberOf(
  members: MemberRepository,
  agencyId: string,
  memberId: string,
): Promise<Member> {
  const member = await members.findInAgency(agencyId, memberId);
  if (!member) throw new MemberRuleViolation('MEMBER.NOT_FOUND', 'No such member in this agency.');
  return member;
}

/** A member change on `:id/members/:memberId`, with the caller's If-Match. */
export abstract class MemberCommand {
  constructor(
    readonly agencyId: string,
    readonly memberId: string,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
