import { heldTransaction } from '@csg/messaging';
import { MembershipProjection, loadMemberships } from '@csg/auth';
import { openAgenciesDatabase, type AgenciesDatabase } from '../../../../test/agencies-database.fixture';
import { Member } from '../../../members/domain/member.aggregate';
import { TypeOrmMemberRepository } from '../../../members/infrastructure/member.repository';
import { Agency } from '../../domain/agency.aggregate';
import { SqlAgencySnapshotSource } from '../../infrastructure/agency-snapshot.reader';
import { TypeOrmAgencyRepository } from '../../infrastructure/agency.repository';
import { ResnapshotAgenciesCommand, type ResnapshotProgress } from './resnapshot-agencies.command';
import { ResnapshotAgenciesHandler } from './resnapshot-agencies.handler';

describe('ResnapshotAgenciesHandler (PostgreSQL)', () => {
  let db: AgenciesDatabase;
  const agencyIds: string[] = [];

  beforeAll(async () => {
    db = await openAgenciesDatabase('agencies_resnapshot');
    const manager = db.dataSource.manager;
    for (let i = 0; i < 5; i += 1) {
      const agency = Agency.register(
        { name: `A${i}`, acronym: `RS${i}`, tier: 'FEDERAL', sector: 'OTHER', contactEmail: 'a@b.gov' },
        null,
        new Date(),
      );
      await new TypeOrmAgencyRepository(heldTransaction(manager)).insert(agency);
      agencyIds.push(agency.id);
      for (const sub of ['admin', `member-${i}`]) {
        const role = sub === 'admin' ? 'agency-admin' : 'member';
        await new TypeOrmMemberRepository(heldTransaction(manager)).insert(
          Member.add(agency.id, { sub, email: `${sub}@x.gov`, displayName: sub, role }, new Date()),
        );
      }
    }
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('re-emits every agency and member in batches, each agency ahead of its members, through the outbox', async () => {
    const progress: ResnapshotProgress[] = [];
    const done = await new ResnapshotAgenciesHandler(
      db.unitOfWork,
      new SqlAgencySnapshotSource(db.unitOfWork),
    ).execute(new ResnapshotAgenciesCommand(2, (p) => progress.push(p)));
    expect(done).toEqual({ agencies: 5, members: 10, totalAgencies: 5 });
    expect(progress.map((p) => p.agencies)).toEqual([0, 2, 4, 5]);

    const rows: Array<{ key: string; type: string }> = await db.dataSource.query(
      `SELECT message_key AS key, event_type AS type FROM outbox ORDER BY id`,
    );
    expect(rows).toHaveLength(15);
    for (const id of agencyIds) {
      expect(rows.filter((r) => r.key === id).map((r) => r.type)).toEqual([
        'csg.agencies.agency.snapshotted.v1',
        'csg.agencies.member.snapshotted.v1',
        'csg.agencies.member.snapshotted.v1',
      ]);
    }
  });

  it('gives a consumer that applies the snapshots the same memberships as the members table', async () => {
    const events: Array<{ type: string; value: string }> = await db.dataSource.query(
      `SELECT event_type AS type, value FROM outbox WHERE event_type LIKE '%.snapshotted.v1' ORDER BY id`,
    );
    const projection = new MembershipProjection();
    for (const e of events) {
      await db.dataSource.transaction((m) =>
        projection.apply(m, { type: e.type, data: JSON.parse(e.value) }),
      );
    }
    const admin = await loadMemberships(db.dataSource.manager, 'admin');
    expect(admin.map((m) => m.agencyId).sort()).toEqual([...agencyIds].sort());
    expect(admin.every((m) => m.role === 'agency-admin' && m.agencyStatus === 'ACTIVE')).toBe(true);
    expect(await loadMemberships(db.dataSource.manager, 'member-3')).toEqual([
      { agencyId: agencyIds[3], role: 'member', agencyStatus: 'ACTIVE' },
    ]);
  });
});
