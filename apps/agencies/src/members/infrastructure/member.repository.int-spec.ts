import { heldTransaction } from '@csg/messaging';
import { openAgenciesDatabase, type AgenciesDatabase } from '../../../test/agencies-database.fixture';
import { Agency } from '../../agencies/domain/agency.aggregate';
import { TypeOrmAgencyRepository } from '../../agencies/infrastructure/agency.repository';
import { Member, type MemberRole } from '../domain/member.aggregate';
import { MemberRuleViolation } from '../domain/member.errors';
import { AgencyMembershipsReader } from './agency-memberships.reader';
import { MemberListReader } from './member-list.reader';
import { TypeOrmMemberRepository } from './member.repository';

let n = 0;
const codeOf = (error: unknown) => (error instanceof MemberRuleViolation ? error.code : String(error));

describe('MemberRepository and readers (PostgreSQL)', () => {
  let db: AgenciesDatabase;
  const members = () => new TypeOrmMemberRepository(heldTransaction(db.dataSource.manager));

  beforeAll(async () => {
    db = await openAgenciesDatabase('agencies_members');
  });

  afterAll(async () => {
    await db?.drop();
  });

  async function agency(): Promise<Agency> {
    n += 1;
    const a = Agency.register(
      { name: `Agency ${n}`, acronym: `M${n}`, tier: 'FEDERAL', sector: 'OTHER', contactEmail: 'a@b.gov' },
      null,
      new Date(),
    );
    await new TypeOrmAgencyRepository(heldTransaction(db.dataSource.manager)).insert(a);
    return a;
  }

  const member = (agencyId: string, sub: string, role: MemberRole = 'member') =>
    Member.add(agencyId, { sub, email: `${sub}@x.gov`, displayName: sub, role }, new Date());

  it('stores a member once per agency and person', async () => {
    const a = await agency();
    const alice = member(a.id, 'alice');
    await members().insert(alice);
    expect((await members().findInAgency(a.id, alice.id))?.snapshot()).toEqual(alice.snapshot());
    const error = await members()
      .insert(member(a.id, 'alice'))
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('MEMBER.ALREADY_MEMBER');
    const b = await agency();
    await expect(members().insert(member(b.id, 'alice'))).resolves.toBeUndefined();
  });

  it('finds a member only under its own agency', async () => {
    const [a, b] = [await agency(), await agency()];
    const bob = member(b.id, 'bob');
    await members().insert(bob);
    expect(await members().findInAgency(a.id, bob.id)).toBeNull();
  });

  it('counts agency-admins and writes changes only over the version read', async () => {
    const a = await agency();
    const admin = member(a.id, 'admin', 'agency-admin');
    await members().insert(admin);
    await members().insert(member(a.id, 'plain'));
    expect(await members().adminCount(a.id)).toBe(1);
    admin.change({ title: 'CISO' }, new Date());
    await members().update(admin, 1);
    const error = await members()
      .update(admin, 1)
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('MEMBER.VERSION_MISMATCH');
    await members().delete(admin);
    expect(await members().adminCount(a.id)).toBe(0);
  });

  it('reads a person’s memberships with their agency status, for authorisation and GET /me', async () => {
    const [a, b] = [await agency(), await agency()];
    await members().insert(member(a.id, 'erin', 'agency-admin'));
    await members().insert(member(b.id, 'erin'));
    b.suspend(new Date());
    await new TypeOrmAgencyRepository(heldTransaction(db.dataSource.manager)).update(b, 1);
    const reader = new AgencyMembershipsReader(db.dataSource);
    expect(await reader.membershipsOf('erin')).toEqual(
      expect.arrayContaining([
        { agencyId: a.id, role: 'agency-admin', agencyStatus: 'ACTIVE' },
        { agencyId: b.id, role: 'member', agencyStatus: 'SUSPENDED' },
      ]),
    );
    expect(await reader.membershipsOf('nobody')).toEqual([]);
    const mine = await new MemberListReader(db.dataSource.manager).membershipsOf('erin');
    expect(mine.map((m) => m.agencyAcronym).sort()).toEqual(
      [a.snapshot().acronym, b.snapshot().acronym].sort(),
    );
  });
});
