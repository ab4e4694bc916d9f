import type { Membership, PersonPrincipal, PlatformRole } from '@csg/auth';
import { createPlatformEventRegistry } from '@csg/contracts';
import { TestClock } from '@csg/testing/test-clock';
import { InMemoryUnitOfWork } from '@csg/messaging/outbox/in-memory-unit-of-work';
import type { TransactionSource } from '@csg/messaging';
import { AGENCIES_OUTBOX } from '../src/agencies.outbox';
import {
  Agency,
  type AgencyDetails,
  type AgencyState,
  type AgencyTier,
} from '../src/agencies/domain/agency.aggregate';
import { AgencyHierarchy, type ParentCandidate } from '../src/agencies/domain/agency-hierarchy.port';
import { AgencyRepository } from '../src/agencies/domain/agency-repository.port';
import {
  AgencySnapshotSource,
  type AgencyWithMembers,
} from '../src/agencies/domain/agency-snapshot-source.port';
import { AgencyRuleViolation } from '../src/agencies/domain/agency.errors';
import { Member, type MemberDetails, type MemberState } from '../src/members/domain/member.aggregate';
import { MemberRepository } from '../src/members/domain/member-repository.port';
import { MemberRuleViolation } from '../src/members/domain/member.errors';

/** Agencies kept in a map, with the same refusals as the table (acronym, version). */
export class InMemoryAgencyRepository extends AgencyRepository {
  readonly rows = new Map<string, AgencyState>();
  readonly locked: string[] = [];

  constructor(private readonly transactions: TransactionSource) {
    super();
  }

  async insert(agency: Agency): Promise<void> {
    const { acronym } = agency.snapshot();
    if ([...this.rows.values()].some((row) => row.acronym.toLowerCase() === acronym.toLowerCase()))
      throw new AgencyRuleViolation('AGENCY.ACRONYM_TAKEN', `The acronym ${acronym} is already registered.`);
    this.rows.set(agency.id, agency.snapshot());
    this.transactions.current.track(agency);
  }

  async lockById(id: string): Promise<Agency | null> {
    this.locked.push(id);
    const row = this.rows.get(id);
    return row ? Agency.restore(row) : null;
  }

  async update(agency: Agency, previousVersion: number): Promise<void> {
    if (this.rows.get(agency.id)?.version !== previousVersion)
      throw new AgencyRuleViolation('AGENCY.VERSION_MISMATCH', 'The agency changed meanwhile; reload it.');
    this.rows.set(agency.id, agency.snapshot());
    this.transactions.current.track(agency);
  }

  /** Puts an agency in place as if it had been saved earlier (its facts are not published). */
  given(agency: Agency): Agency {
    agency.pullRecordedEvents();
    this.rows.set(agency.id, agency.snapshot());
    return Agency.restore(agency.snapshot());
  }
}

/** The hierarchy read from the in-memory agencies. */
export class InMemoryAgencyHierarchy extends AgencyHierarchy {
  locks = 0;

  constructor(private readonly agencies: InMemoryAgencyRepository) {
    super();
  }

  async lock(): Promise<void> {
    this.locks += 1;
  }

  async parent(id: string): Promise<ParentCandidate | null> {
    const row = this.agencies.rows.get(id);
    if (!row) return null;
    const ancestorIds: string[] = [];
    for (let up = row.parentAgencyId; up; up = this.agencies.rows.get(up)?.parentAgencyId ?? null)
      ancestorIds.push(up);
    return { id, tier: row.tier, status: row.status, applicantSub: row.applicant?.sub ?? null, ancestorIds };
  }

  async childTiers(id: string): Promise<AgencyTier[]> {
    const tiers = [...this.agencies.rows.values()].filter((r) => r.parentAgencyId === id).map((r) => r.tier);
    return [...new Set(tiers)];
  }
}

/** Memberships kept in a map, with the same refusals as the table (one per person, version). */
export class InMemoryMemberRepository extends MemberRepository {
  readonly rows = new Map<string, MemberState>();

  constructor(private readonly transactions: TransactionSource) {
    super();
  }

  async insert(member: Member): Promise<void> {
    const { agencyId, sub } = member.snapshot();
    if (await this.isMember(agencyId, sub))
      throw new MemberRuleViolation(
        'MEMBER.ALREADY_MEMBER',
        'This person is already a member of the agency.',
      );
    this.rows.set(member.id, member.snapshot());
    this.transactions.current.track(member);
  }

  async findInAgency(agencyId: string, memberId: string): Promise<Member | null> {
    const row = this.rows.get(memberId);
    return row?.agencyId === agencyId ? Member.restore(row) : null;
  }

  async adminCount(agencyId: string): Promise<number> {
    return [...this.rows.values()].filter((r) => r.agencyId === agencyId && r.role === 'agency-admin').length;
  }

  async isMember(agencyId: string, sub: string): Promise<boolean> {
    return [...this.rows.values()].some((r) => r.agencyId === agencyId && r.sub === sub);
  }

  async update(member: Member, previousVersion: number): Promise<void> {
    if (this.rows.get(member.id)?.version !== previousVersion)
      throw new MemberRuleViolation('MEMBER.VERSION_MISMATCH', 'The member changed meanwhile; reload it.');
    this.rows.set(member.id, member.snapshot());
    this.transactions.current.track(member);
  }

  async delete(member: Member): Promise<void> {
    this.rows.delete(member.id);
    this.transactions.current.track(member);
  }

  /** Puts a membership in place as if it had been saved earlier (its facts are not published). */
  given(agencyId: string, details: MemberDetails): Member {
    const member = Member.add(agencyId, details, new Date());
    member.pullRecordedEvents();
    this.rows.set(member.id, member.snapshot());
    return member;
  }
}

/** Every agency with its members, in id order, from the in-memory repositories. */
export class InMemoryAgencySnapshotSource extends AgencySnapshotSource {
  constructor(
    private readonly agencies: InMemoryAgencyRepository,
    private readonly members: InMemoryMemberRepository,
  ) {
    super();
  }

  async countAgencies(): Promise<number> {
    return this.agencies.rows.size;
  }

  async batchAfter(afterId: string | null, size: number): Promise<AgencyWithMembers[]> {
    const ids = [...this.agencies.rows.keys()].sort().filter((id) => afterId === null || id > afterId);
    return ids.slice(0, size).map((id) => ({
      agency: Agency.restore(this.agencies.rows.get(id)!),
      members: [...this.members.rows.values()]
        .filter((m) => m.agencyId === id)
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((m) => Member.restore(m)),
    }));
  }
}

/** The agencies handlers' collaborators in memory, the outbox they publish through and their clock. */
export function inMemoryAgencies() {
  const unitOfWork = new InMemoryUnitOfWork(createPlatformEventRegistry(), AGENCIES_OUTBOX, '/csg/agencies');
  const agencies = new InMemoryAgencyRepository(unitOfWork);
  const hierarchy = new InMemoryAgencyHierarchy(agencies);
  const members = new InMemoryMemberRepository(unitOfWork);
  const snapshots = new InMemoryAgencySnapshotSource(agencies, members);
  return { unitOfWork, agencies, hierarchy, members, snapshots, clock: new TestClock() };
}

let counter = 0;

export function agencyDetails(overrides: Partial<AgencyDetails> = {}): AgencyDetails {
  counter += 1;
  return {
    name: `Agency ${counter}`,
    acronym: `AG${counter}`,
    tier: 'FEDERAL',
    sector: 'OTHER',
    contactEmail: `soc${counter}@example.gov`,
    ...overrides,
  };
}

export function person(
  sub: string,
  platformRoles: PlatformRole[] = [],
  memberships: Membership[] = [],
): PersonPrincipal {
  return {
    kind: 'person',
    sub,
    name: `Person ${sub}`,
    email: `${sub}@example.gov`,
    platformRoles,
    memberships,
  };
}

export const organiser = (): PersonPrincipal => person('organiser-1', ['organiser']);

/** The code of a rule violation a promise rejected with (or what else it rejected with). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
