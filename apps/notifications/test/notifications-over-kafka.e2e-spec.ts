import { Client } from 'pg';
import { KafkaTransport } from '@csg/messaging';
import { waitFor } from '@csg/testing/wait-for';
// eslint-disable-next-line no-restricted-imports -- the test runs the agencies service beside notifications, as a deployment does
import { AGENCIES_SERVICE } from '../../agencies/src/agencies.service';
import { devToken, postJson, startDistributedService } from '../../embedded/test/platform-test-harness';
import { NOTIFICATIONS_SERVICE } from '../src/notifications.service';

const PUBLISHED = 'csg.notifications.announcement.published.v1';

describe('notifications in the distributed mode, over the real Kafka broker', () => {
  let agencies: Awaited<ReturnType<typeof startDistributedService>>;
  let notifications: Awaited<ReturnType<typeof startDistributedService>>;
  let kafka: KafkaTransport;

  beforeAll(async () => {
    agencies = await startDistributedService(AGENCIES_SERVICE);
    notifications = await startDistributedService(NOTIFICATIONS_SERVICE);
    kafka = new KafkaTransport({
      brokers: (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean),
      clientId: 'e2e-curated-reader',
      partitions: 3,
      replicationFactor: 1,
      sessionTimeoutMs: 10_000,
      stallTimeoutMs: 30_000,
    });
    await kafka.start();
  });

  afterAll(async () => {
    await kafka?.close();
    await notifications?.stop();
    await agencies?.stop();
  });

  it('agencies events reach the audience and the feed; announcements reach inboxes, the feed and only the allowed curated topic', async () => {
    const organiser = {
      authorization: `Bearer ${await devToken(agencies.baseUrl, { sub: 'kafka-organiser', roles: ['organiser'] })}`,
    };
    const agency = await postJson(
      `${agencies.baseUrl}/api/v1/agencies`,
      {
        name: 'Kafka Agency',
        acronym: `KA${Date.now() % 100000}`,
        tier: 'FEDERAL',
        sector: 'HEALTH',
        contactEmail: 'k@example.gov.pk',
      },
      organiser,
    );
    expect(agency.status).toBe(201);
    const added = await postJson(
      `${agencies.baseUrl}/api/v1/agencies/${agency.body.id}/members`,
      { sub: 'kafka-member', email: 'kafka-member@example.gov.pk', displayName: 'K', role: 'member' },
      organiser,
    );
    expect(added.status).toBe(201);
    const db = new Client({ connectionString: notifications.db.url });
    await db.connect();
    try {
      await waitFor(
        async () =>
          (await db.query(`SELECT 1 FROM member_directory WHERE sub = 'kafka-member'`)).rowCount === 1,
        { what: 'the member projected over Kafka', timeoutMs: 60_000 },
      );
      const client = await postJson(
        `${notifications.baseUrl}/api/v1/integrations/clients`,
        { name: 'k', eventTypes: [PUBLISHED, 'csg.agencies.agency.registered.v1'] },
        organiser,
      );
      expect(client.status).toBe(201);
      const green = await postJson(
        `${notifications.baseUrl}/api/v1/announcements`,
        {
          title: 'Over Kafka',
          body: 'Hello',
          priority: 'NORMAL',
          tlp: 'TLP:GREEN',
          audience: { kind: 'SECTORS', values: ['HEALTH'] },
        },
        organiser,
      );
      const strict = await postJson(
        `${notifications.baseUrl}/api/v1/announcements`,
        {
          title: 'Strict',
          body: 'Hello',
          priority: 'NORMAL',
          tlp: 'TLP:AMBER+STRICT',
          audience: { kind: 'AGENCIES', values: [agency.body.id] },
        },
        organiser,
      );
      const everyone = await postJson(
        `${notifications.baseUrl}/api/v1/announcements`,
        {
          title: 'Everyone',
          body: 'Hello all',
          priority: 'NORMAL',
          tlp: 'TLP:GREEN',
          audience: { kind: 'ALL', values: [] },
        },
        organiser,
      );
      expect(green.body.recipientCount).toBe(1);
      const member = {
        authorization: `Bearer ${await devToken(notifications.baseUrl, { sub: 'kafka-member' })}`,
      };
      const inbox: any = await (
        await fetch(`${notifications.baseUrl}/api/v1/me/notifications`, { headers: member })
      ).json();
      expect(inbox.items.map((n: any) => n.title).sort()).toEqual(['Everyone', 'Over Kafka', 'Strict']);
      const feed = await waitFor(
        async () => {
          const page: any = await (
            await fetch(`${notifications.baseUrl}/api/v1/events`, {
              headers: { authorization: `Bearer ${client.body.apiKey}` },
            })
          ).json();
          const types = page.items.map((e: any) => e.type);
          const ids = page.items.map((e: any) => e.data.announcementId);
          return ids.includes(everyone.body.id) && types.includes('csg.agencies.agency.registered.v1')
            ? page
            : null;
        },
        { what: 'agencies and notifications events in the feed, over Kafka', timeoutMs: 60_000 },
      );
      expect(
        feed.items.filter((e: any) => e.type === PUBLISHED).map((e: any) => e.data.announcementId),
      ).toEqual([green.body.id, everyone.body.id]);
      // The community topic carries what any member of an active agency may read (ADR 51): the
      // announcement to everyone, not the one to the HEALTH sector nor the AMBER+STRICT one.
      const curated = await waitFor(
        async () => {
          const messages = await kafka.readAll('csg.integration.green');
          return messages.some((m) => m.key === everyone.body.id) ? messages : null;
        },
        { what: 'the announcement to everyone on csg.integration.green', timeoutMs: 60_000 },
      );
      const ours = curated.find((m) => m.key === everyone.body.id)!;
      expect(ours.headers.ce_type).toBe(PUBLISHED);
      expect(curated.some((m) => m.key === green.body.id)).toBe(false);
      expect(curated.some((m) => m.key === strict.body.id)).toBe(false);
      expect((await kafka.readAll('csg.integration.clear')).some((m) => m.key === everyone.body.id)).toBe(
        false,
      );
    } finally {
      await db.end();
    }
  });
});
