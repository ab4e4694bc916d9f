import type { EntityManager } from 'typeorm';
import { AgencyRuleViolation } from '../../agencies/domain/agency.errors';
import type { Agency } from '../../agencies/domain/agency.aggregate';
import { AgencyRepository } from '../../agencies/infrastructure/agency.repository';
import type { Member } from '../domain/member.aggregate';
import { MemberRuleViolation } from '../domain/member.errors';
import { MemberRepository } from '../infrastructure/member.repository';

/**
 * Locks the agency for the rest of the transaction (member changes of one agency are
 * serialised, so the last-admin rule holds under concurrency and their events, keyed by the
 * agency, stay in commit order).
 */
export async function lockAgency(manager: EntityManager, agencyId: string): Promise<Agency> {
  const agency = await new AgencyRepository(manager).lockById(agencyId);
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
