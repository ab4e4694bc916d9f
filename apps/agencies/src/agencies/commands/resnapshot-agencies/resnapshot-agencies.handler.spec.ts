import { agencyDetails, inMemoryAgencies } from '../../../../test/in-memory-agencies.fixture';
import { Agency } from '../../domain/agency.aggregate';
import { ResnapshotAgenciesCommand, type ResnapshotProgress } from './resnapshot-agencies.command';
import { ResnapshotAgenciesHandler } from './resnapshot-agencies.handler';

/** The time every change in this file happens at. */
const now = new Date();

describe('ResnapshotAgenciesHandler', () => {
  it('Resnapshot_RepublishesEveryAgencyAheadOfItsMembers_InBatches_ChangingNothing', async () => {
    const { unitOfWork, agencies, members, snapshots } = inMemoryAgencies();
    const ids = [1, 2, 3].map(() => agencies.given(Agency.register(agencyDetails(), null, now)).id);
    for (const id of ids)
      members.given(id, { sub: `admin-${id}`, email: 'a@x.gov', displayName: 'A', role: 'agency-admin' });
    const before = JSON.stringify([...agencies.rows.values(), ...members.rows.values()]);
    const progress: ResnapshotProgress[] = [];

    const done = await new ResnapshotAgenciesHandler(unitOfWork, snapshots).execute(
      new ResnapshotAgenciesCommand(2, (p) => progress.push(p)),
    );

    expect(done).toEqual({ agencies: 3, members: 3, totalAgencies: 3 });
    expect(progress.map((p) => p.agencies)).toEqual([0, 2, 3]);
    for (const id of ids) {
      expect(unitOfWork.published.filter((e) => e.key === id).map((e) => [e.type, e.data.version])).toEqual([
        ['csg.agencies.agency.snapshotted.v1', 1],
        ['csg.agencies.member.snapshotted.v1', 1],
      ]);
    }
    expect(JSON.stringify([...agencies.rows.values(), ...members.rows.values()])).toBe(before);
  });

  it('Resnapshot_WhenThereAreNoAgencies_PublishesNothing', async () => {
    const { unitOfWork, snapshots } = inMemoryAgencies();
    const done = await new ResnapshotAgenciesHandler(unitOfWork, snapshots).execute(
      new ResnapshotAgenciesCommand(10),
    );
    expect(done).toEqual({ agencies: 0, members: 0, totalAgencies: 0 });
    expect(unitOfWork.published).toEqual([]);
  });
});
