import { waitFor } from '@csg/testing/wait-for';
import { resnapshotAgencies } from '../src/cli/resnapshot.cli';
import { agencyBody, AgenciesTestPlatform, memberBody } from './agencies-platform.fixture';

const OTHER_SERVICES = ['sessions', 'notifications'] as const;

/**
 * A membership managed here is what other services authorise from: they learn it from the
 * agencies events (through the outbox and the in-process bus) into their own projection.
 */
describe('memberships reach the other services', () => {
  let api: AgenciesTestPlatform;
  let organiser: string;

  beforeAll(async () => {
    api = await AgenciesTestPlatform.start('agencies_propagation');
    organiser = await api.token('organiser-1', ['organiser']);
  });

  afterAll(async () => {
    await api?.stop();
  });

  const projected = async (service: (typeof OTHER_SERVICES)[number], agencyId: string, sub: string) => {
    const rows = await api.query(
      service,
      `SELECT m.role, a.status FROM projected_memberships m
         JOIN projected_agencies a ON a.agency_id = m.agency_id
        WHERE m.agency_id = $1 AND m.sub = $2`,
      [agencyId, sub],
    );
    return rows[0] as { role: string; status: string } | undefined;
  };

  const eventually = (what: string, probe: () => Promise<boolean>) =>
    waitFor(probe, { what, timeoutMs: 10_000, intervalMs: 50 });

  it("a member added here reaches the other services' authorisation data; removed, leaves it; suspend and reinstate answer and follow", async () => {
    const agency = (await api.call('POST', 'agencies', { token: organiser, body: agencyBody() })).body;
    const added = await api.call('POST', `agencies/${agency.id}/members`, {
      token: organiser,
      body: memberBody('traveller', 'agency-admin'),
    });
    expect(added.status).toBe(201);
    for (const service of OTHER_SERVICES) {
      await eventually(`the membership in ${service}`, async () => {
        const row = await projected(service, agency.id, 'traveller');
        return row?.role === 'agency-admin' && row.status === 'ACTIVE';
      });
    }

    const suspended = await api.call('POST', `agencies/${agency.id}/suspend`, { token: organiser });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ id: agency.id, status: 'SUSPENDED' });
    expect(suspended.headers.get('etag')).toBe(`"${suspended.body.version}"`);
    await eventually(
      'the suspension in sessions',
      async () => (await projected('sessions', agency.id, 'traveller'))?.status === 'SUSPENDED',
    );
    const reinstated = await api.call('POST', `agencies/${agency.id}/reinstate`, { token: organiser });
    expect(reinstated.status).toBe(200);
    expect(reinstated.body).toMatchObject({ id: agency.id, status: 'ACTIVE' });
    expect(reinstated.body.version).toBeGreaterThan(suspended.body.version);
    await eventually(
      'the reinstatement in sessions',
      async () => (await projected('sessions', agency.id, 'traveller'))?.status === 'ACTIVE',
    );
    // Reinstating an active agency is refused with a problem document and changes nothing.
    const again = await api.call('POST', `agencies/${agency.id}/reinstate`, { token: organiser });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(again.body.code).toBe('AGENCY.NOT_SUSPENDED');

    await api.call('POST', `agencies/${agency.id}/members`, {
      token: organiser,
      body: memberBody('stayer', 'agency-admin'),
    });
    const removed = await api.call('DELETE', `agencies/${agency.id}/members/${added.body.id}`, {
      token: organiser,
    });
    expect(removed.status).toBe(204);
    for (const service of OTHER_SERVICES) {
      await eventually(
        `the removal in ${service}`,
        async () => (await projected(service, agency.id, 'traveller')) === undefined,
      );
    }
  });

  it('a projection rebuilt from scratch is whole again after npm run agencies:resnapshot', async () => {
    const agency = (await api.call('POST', 'agencies', { token: organiser, body: agencyBody() })).body;
    await api.call('POST', `agencies/${agency.id}/members`, {
      token: organiser,
      body: memberBody('rebuilt', 'member'),
    });
    await eventually(
      'the membership in sessions',
      async () => (await projected('sessions', agency.id, 'rebuilt')) !== undefined,
    );

    await api.query(
      'sessions',
      'TRUNCATE projected_agencies, projected_memberships, projected_membership_removals',
    );
    expect(await projected('sessions', agency.id, 'rebuilt')).toBeUndefined();

    const progress: number[] = [];
    const done = await resnapshotAgencies(api.databases.agencies.url, 1, (p) => progress.push(p.agencies));
    expect(done.agencies).toBeGreaterThanOrEqual(2);
    expect(progress).toEqual([0, ...Array.from({ length: done.agencies }, (_, i) => i + 1)]);
    await eventually('the rebuilt membership in sessions', async () => {
      const row = await projected('sessions', agency.id, 'rebuilt');
      return row?.role === 'member' && row.status === 'ACTIVE';
    });
  });
});
