import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AgencyStateData, MemberStateData } from '@csg/contracts/catalogue/agencies.events';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import type { Principal } from '../principal';
import { canRead } from '../tlp.policy';
import { CreateMembershipProjection1764300000100 } from './1764300000100-create-membership-projection.migration';
import { loadMemberships, MembershipProjection } from './membership.projection';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function agency(agencyId: string, version: number, status: AgencyStateData['status']): AgencyStateData {
  return {
    agencyId,
    name: 'National Cyber Agency',
    acronym: 'NCA',
    tier: 'FEDERAL',
    jurisdiction: null,
    sector: 'INFORMATION_TECHNOLOGY',
    parentAgencyId: null,
    contactEmail: 'soc@nca.gov',
    website: null,
    status,
    version,
    occurredAt: at(version),
  };
}

function member(
  agencyId: string,
  sub: string,
  memberId: string,
  version: number,
  role: MemberStateData['role'],
  minute = version,
): MemberStateData {
  return {
    memberId,
    agencyId,
    sub,
    email: `${sub}@x.gov`,
    displayName: sub,
    title: null,
    role,
    version,
    occurredAt: at(minute),
  };
}

const event = (fact: string, data: AgencyStateData | MemberStateData) => ({
  type: `csg.agencies.${fact}.v1`,
  data,
});

describe('MembershipProjection (PostgreSQL)', () => {
  let database: TestDatabase;
  let ds: DataSource;
  const projection = new MembershipProjection();

  /** Each event in its own transaction, as the inbox delivers it. */
  const deliver = async (...events: Array<ReturnType<typeof event>>) => {
    for (const e of events) {
      const handled = await ds.transaction((m: EntityManager) => projection.apply(m, e));
      expect(handled).toBe(true);
    }
  };
  const memberships = (sub: string) => loadMemberships(ds.manager, sub);

  beforeAll(async () => {
    database = await createTestDatabase('auth_membership');
    ds = createServiceDataSource({
      name: 'auth-test',
      url: database.url,
      entities: [],
      migrations: [CreateMembershipProjection1764300000100],
      poolSize: 12,
    });
    await ds.initialize();
    await runMigrations(ds, { log: () => undefined, progressBar: false });
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await database?.drop();
  });

  it('applies events out of order and twice, ending in the latest state', async () => {
    const a = randomUUID();
    const m1 = randomUUID();
    const registered = event('agency.registered', agency(a, 1, 'PENDING_VERIFICATION'));
    const verified = event('agency.verified', agency(a, 2, 'ACTIVE'));
    const added = event('member.added', member(a, 'alice', m1, 1, 'member'));
    const promoted = event('member.role-changed', member(a, 'alice', m1, 2, 'agency-admin'));
    await deliver(promoted, verified, added, registered, promoted, verified, added, registered);
    expect(await memberships('alice')).toEqual([
      { agencyId: a, role: 'agency-admin', agencyStatus: 'ACTIVE' },
    ]);
    const [row] = await ds.query(`SELECT status, version FROM projected_agencies WHERE agency_id = $1`, [a]);
    expect(row).toEqual({ status: 'ACTIVE', version: 2 });
  });

  it('a removed member loses the membership, and late or replayed events do not bring it back', async () => {
    const a = randomUUID();
    const m1 = randomUUID();
    await deliver(
      event('agency.verified', agency(a, 2, 'ACTIVE')),
      event('member.added', member(a, 'bob', m1, 1, 'member')),
    );
    expect(await memberships('bob')).toHaveLength(1);

    await deliver(event('member.removed', member(a, 'bob', m1, 3, 'member')));
    expect(await memberships('bob')).toEqual([]);
    const [{ count }] = await ds.query(
      `SELECT count(*)::int AS count FROM projected_memberships WHERE agency_id = $1`,
      [a],
    );
    expect(count).toBe(0); // deleted, not flagged

    await deliver(
      event('member.added', member(a, 'bob', m1, 1, 'member')),
      event('member.role-changed', member(a, 'bob', m1, 2, 'agency-admin')),
      event('member.removed', member(a, 'bob', m1, 3, 'member')),
    );
    expect(await memberships('bob')).toEqual([]);
  });

  it('a person removed and later added again (a new memberId) is a member; the old removal arriving late changes nothing', async () => {
    const a = randomUUID();
    const m1 = randomUUID();
    const m2 = randomUUID();
    await deliver(event('agency.verified', agency(a, 2, 'ACTIVE')));
    // The second membership (version 1 again, but later in time) arrives before the first's removal.
    await deliver(
      event('member.added', member(a, 'carol', m1, 1, 'member', 10)),
      event('member.added', member(a, 'carol', m2, 1, 'agency-admin', 30)),
      event('member.removed', member(a, 'carol', m1, 2, 'member', 20)),
    );
    expect(await memberships('carol')).toEqual([
      { agencyId: a, role: 'agency-admin', agencyStatus: 'ACTIVE' },
    ]);
    // Re-adding after a removal works when it is newer.
    await deliver(event('member.removed', member(a, 'carol', m2, 2, 'agency-admin', 40)));
    expect(await memberships('carol')).toEqual([]);
    await deliver(event('member.added', member(a, 'carol', randomUUID(), 1, 'member', 50)));
    expect(await memberships('carol')).toEqual([{ agencyId: a, role: 'member', agencyStatus: 'ACTIVE' }]);
  });

  it('a suspended agency yields agencyStatus SUSPENDED, and its members lose TLP:GREEN', async () => {
    const a = randomUUID();
    await deliver(
      event('agency.registered', agency(a, 1, 'PENDING_VERIFICATION')),
      event('member.added', member(a, 'dave', randomUUID(), 1, 'member')),
      event('agency.verified', agency(a, 2, 'ACTIVE')),
      event('agency.suspended', agency(a, 3, 'SUSPENDED')),
      event('agency.verified', agency(a, 2, 'ACTIVE')), // late: ignored
    );
    const found = await memberships('dave');
    expect(found).toEqual([{ agencyId: a, role: 'member', agencyStatus: 'SUSPENDED' }]);
    const dave: Principal = { kind: 'person', sub: 'dave', platformRoles: [], memberships: found };
    expect(canRead(dave, 'TLP:GREEN', { ownerAgencyId: a })).toBe(false);
    expect(canRead(dave, 'TLP:CLEAR', { ownerAgencyId: a })).toBe(true);
  });

  it('loadMemberships: every agency of the person in one query; agencies not yet projected are left out', async () => {
    const [a, b, unknown] = [randomUUID(), randomUUID(), randomUUID()];
    await deliver(
      event('agency.verified', agency(a, 2, 'ACTIVE')),
      event('agency.registered', agency(b, 1, 'PENDING_VERIFICATION')),
      event('member.added', member(a, 'erin', randomUUID(), 1, 'agency-admin')),
      event('member.added', member(b, 'erin', randomUUID(), 1, 'member')),
      event('member.added', member(unknown, 'erin', randomUUID(), 1, 'member')),
    );
    // A named statement on the pool (ADR 49): count what reaches node-postgres.
    const pool = (ds.driver as unknown as { master: { query: (...args: unknown[]) => unknown } }).master;
    const query = jest.spyOn(pool, 'query');
    const found = await memberships('erin');
    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0][0]).toMatchObject({ name: 'auth.projected-memberships.of-sub' });
    query.mockRestore();
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        { agencyId: a, role: 'agency-admin', agencyStatus: 'ACTIVE' },
        { agencyId: b, role: 'member', agencyStatus: 'PENDING_VERIFICATION' },
      ]),
    );
    expect(await memberships('nobody')).toEqual([]);
  });

  it('concurrent deliveries for one member end at the highest version', async () => {
    const a = randomUUID();
    const m1 = randomUUID();
    await deliver(event('agency.verified', agency(a, 2, 'ACTIVE')));
    const versions = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6];
    await Promise.all(
      versions.map((v) =>
        ds.transaction((m) =>
          projection.apply(
            m,
            event('member.role-changed', member(a, 'frank', m1, v, v === 10 ? 'agency-admin' : 'member')),
          ),
        ),
      ),
    );
    const [row] = await ds.query(
      `SELECT version, role FROM projected_memberships WHERE agency_id = $1 AND sub = 'frank'`,
      [a],
    );
    expect(row).toEqual({ version: 10, role: 'agency-admin' });
  });

  it('works outside a transaction too (opens its own), and ignores event types it does not consume', async () => {
    const a = randomUUID();
    await projection.apply(ds.manager, event('agency.verified', agency(a, 2, 'ACTIVE')));
    await projection.apply(ds.manager, event('member.added', member(a, 'gina', randomUUID(), 1, 'member')));
    expect(await memberships('gina')).toHaveLength(1);
    await expect(
      projection.apply(ds.manager, { type: 'csg.sessions.session.scheduled.v1', data: {} }),
    ).resolves.toBe(false);
  });
});
