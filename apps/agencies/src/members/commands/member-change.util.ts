import type { VersionedRepository } from '@csg/domain';
import type { Agency } from '../../agencies/domain/agency.aggregate';
import type { AgencyRepository } from '../../agencies/domain/agency-repository.port';
import { agencyNotFound } from '../../agencies/domain/agency.errors';
import type { Member } from '../domain/member.aggregate';
import type { MemberRepository } from '../domain/member-repository.port';
import { memberNotFound } from '../domain/member.errors';

/**
 * Locks the agency for the rest of the transaction (member changes of one agency are
 * serialised, so the last-admin rule holds under concurrency and their events, keyed by the
 * agency, stay in commit order).
 */
export async function lockAgency(agencies: AgencyRepository, agencyId: string): Promise<Agency> {
  const agency = await agencies.lockById(agencyId);
  if (!agency) throw agencyNotFound();
  return agency;
}

/**
 * The members of exactly this agency, as the versioned change (libs/domain) finds and writes
 * them; the agency's lock, taken first, is what serialises their changes.
 */
export function membersOf(members: MemberRepository, agencyId: string): VersionedRepository<Member> {
  return {
    lockById: (memberId) => members.findInAgency(agencyId, memberId),
    update: (member, previousVersion) => members.update(member, previousVersion),
  };
}

/** The member `memberId` of exactly this agency (another agency's member does not exist here). */
export async function memberOf(
  members: MemberRepository,
  agencyId: string,
  memberId: string,
): Promise<Member> {
  const member = await members.findInAgency(agencyId, memberId);
  if (!member) throw memberNotFound();
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
