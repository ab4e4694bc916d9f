import { Client } from 'pg';
import { waitFor } from '@csg/testing/wait-for';
// eslint-disable-next-line no-restricted-imports -- the distributed mode needs the agencies service beside this one
import { AGENCIES_SERVICE } from '../../agencies/src/agencies.service';
import { devToken, postJson, startDistributedService } from '../../embedded/test/platform-test-harness';
import { SESSIONS_SERVICE } from '../src/sessions.service';
import { sessionBody } from './sessions-platform.fixture';

describe('the sessions service in the distributed mode, over the real Kafka broker', () => {
  let agencies: Awaited<ReturnType<typeof startDistributedService>>;
  let sessions: Awaited<ReturnType<typeof startDistributedService>>;
  let db: Client;

  beforeAll(async () => {
    agencies = await startDistributedService(AGENCIES_SERVICE);
    sessions = await startDistributedService(SESSIONS_SERVICE);
    db = new Client({ connectionString: sessions.db.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await sessions?.stop();
    await agencies?.stop();
  });

  it('learns agencies and members from Kafka, registers a member for their agency, and publishes its events to Kafka', async () => {
    const organiser = await devToken(agencies.baseUrl, { sub: 'organiser-1', roles: ['organiser'] });
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    const acronym = `HEC${Date.now() % 100000}`;
    const agency = await postJson(
      `${agencies.baseUrl}/api/v1/agencies`,
      {
        name: 'Higher Education Commission',
        acronym,
        tier: 'FEDERAL',
        sector: 'EDUCATION',
        contactEmail: 'cert@hec.gov.pk',
      },
      as(organiser),
    );
    expect(agency.status).toBe(201);
    const member = await postJson(
      `${agencies.baseUrl}/api/v1/agencies/${agency.body.id}/members`,
      { sub: 'ayesha', email: 'ayesha@hec.gov.pk', displayName: 'Ayesha Khan', role: 'member' },
      as(organiser),
    );
    expect(member.status).toBe(201);
    await waitFor(
      async () => {
        const { rows } = await db.query(
          `SELECT (SELECT count(*)::int FROM agency_directory WHERE agency_id = $1 AND sector = 'EDUCATION') AS agencies,
                  (SELECT count(*)::int FROM projected_memberships WHERE agency_id = $1 AND sub = 'ayesha') AS members`,
          [agency.body.id],
        );
        return rows[0].agencies === 1 && rows[0].members === 1;
      },
      { what: 'the agency and its member projected into sessions from Kafka', timeoutMs: 60_000 },
    );

    const planned = await postJson(`${sessions.baseUrl}/api/v1/sessions`, sessionBody(), as(organiser));
    expect(planned.status).toBe(201);
    const scheduled = await fetch(`${sessions.baseUrl}/api/v1/sessions/${planned.body.id}/schedule`, {
      method: 'POST',
      headers: as(organiser),
    });
    expect(scheduled.status).toBe(200);
    const ayesha = await devToken(sessions.baseUrl, { sub: 'ayesha' });
    const registered = await postJson(
      `${sessions.baseUrl}/api/v1/sessions/${planned.body.id}/registrations`,
      {
        agencyId: agency.body.id,
        participants: [{ sub: 'ayesha', name: 'Ayesha Khan', email: 'ayesha@hec.gov.pk' }],
      },
      as(ayesha),
    );
    expect(registered.status).toBe(201);
    expect(registered.body.items[0].status).toBe('CONFIRMED');

    // The relay marks an outbox row published only after Kafka acknowledged it.
    const published = await waitFor(
      async () => {
        const { rows } = await db.query(
          `SELECT event_type, topic FROM outbox WHERE message_key = $1 AND published_at IS NOT NULL ORDER BY id`,
          [planned.body.id],
        );
        return rows.length === 2 ? rows : undefined;
      },
      { what: 'the session events acknowledged by Kafka', timeoutMs: 60_000 },
    );
    expect(published).toEqual([
      { event_type: 'csg.sessions.session.scheduled.v1', topic: 'csg.sessions' },
      { event_type: 'csg.sessions.registration.confirmed.v1', topic: 'csg.sessions' },
    ]);
  });
});
