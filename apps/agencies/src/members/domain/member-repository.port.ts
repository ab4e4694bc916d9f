import type { Member } from './member.aggregate';

/**
 * Where memberships are kept, in the running unit of work's transaction. Callers hold the
 * agency's lock (AgencyRepository.lockById) while they change its members.
 */
export abstract class MemberRepository {
  /** Adds a membership; MEMBER.ALREADY_MEMBER when the person is in the agency already. */
  abstract insert(member: Member): Promise<void>;

  /** The member of exactly this agency: another agency's member id finds nothing. */
  abstract findInAgency(agencyId: string, memberId: string): Promise<Member | null>;

  /** How many agency-admins the agency has now. */
  abstract adminCount(agencyId: string): Promise<number>;

  abstract isMember(agencyId: string, sub: string): Promise<boolean>;

  /** Writes the member if it is still at `previousVersion`; MEMBER.VERSION_MISMATCH otherwise. */
  abstract update(member: Member, previousVersion: number): Promise<void>;

  /** Ends the membership (the member recorded its removal). */
  abstract delete(member: Member): Promise<void>;
}
