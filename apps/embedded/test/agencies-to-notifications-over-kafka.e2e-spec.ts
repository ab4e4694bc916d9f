import { Client } from 'pg';
import { waitFor } from '@csg/testing/wait-for';
import { AGENCIES_SERVICE } from '../../agencies/src/agencies.service';
import { NOTIFICATIONS_SERVICE } from '../../notifications/src/notifications.service';
import { devToken, postJson, startDistributedService } from './platform-test-harness';

describe('two services in the distributed mode, over the real Kafka broker', () => {
  let agencies: Awaited<ReturnType<typeof startDistributedService>>;
  let notifications: Awaited<ReturnType<typeof startDistributedService>>;

  beforeAll(async () => {
    agencies = await startDistributedService(AGENCIES_SERVICE);
    notifications = await startDistributedService(NOTIFICATIONS_SERVICE);
  });

  afterAll(async () => {
    await notifications?.stop();
    await agencies?.stop();
  });

  it('projects an agency registered over HTTP in agencies into the notifications database', async () => {
    const acronym = `NITB${Date.now() % 100000}`;
    const token = await devToken(agencies.baseUrl, { sub: 'organiser-1', roles: ['organiser'] });
    const created = await postJson(
      `${agencies.baseUrl}/api/v1/agencies`,
      {
        name: 'National IT Board',
        acronym,
        tier: 'FEDERAL',
        sector: 'INFORMATION_TECHNOLOGY',
        contactEmail: 'cert@nitb.gov.pk',
      },
      { authorization: `Bearer ${token}` },
    );
    expect(created.status).toBe(201);
    const client = new Client({ connectionString: notifications.db.url });
    await client.connect();
    try {
      const row = await waitFor(
        async () => {
          const { rows } = await client.query(
            'SELECT acronym, tier FROM agency_directory WHERE agency_id = $1',
            [created.body.id],
          );
          return rows[0];
        },
        { what: 'the agency in notifications', timeoutMs: 60_000 },
      );
      expect(row).toEqual({ acronym, tier: 'FEDERAL' });
    } finally {
      await client.end();
    }
  });
});
