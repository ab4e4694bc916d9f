import { Client } from 'pg';
import { waitFor } from '@csg/testing/wait-for';
// eslint-disable-next-line no-restricted-imports -- end-to-end tests run services side by side, as deploy/ does
import { NOTIFICATIONS_SERVICE } from '../../notifications/src/notifications.service';
import { devToken, postJson, startDistributedService } from '../../embedded/test/platform-test-harness';
import { EXCHANGE_SERVICE } from '../src/exchange.service';
import { practiceBody } from './exchange-platform.fixture';

const AGENCY = '00000000-0000-4000-8000-0000000000e1';

async function query<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * The exchange and the notifications service in the distributed mode, each with its own
 * database, over the real Kafka broker: a practice approved over HTTP in the exchange reaches
 * the notifications service's inbox through the outbox, the relay and Kafka.
 */
describe('exchange events over the real Kafka broker', () => {
  let exchange: Awaited<ReturnType<typeof startDistributedService>>;
  let notifications: Awaited<ReturnType<typeof startDistributedService>>;

  beforeAll(async () => {
    exchange = await startDistributedService(EXCHANGE_SERVICE);
    notifications = await startDistributedService(NOTIFICATIONS_SERVICE);
    // The membership the agencies events would have projected (the agencies service is not part of this test).
    await query(
      exchange.db.url,
      `INSERT INTO projected_agencies (agency_id, name, acronym, status, version, updated_at)
       VALUES ($1, 'Kafka agency', 'KAFKA', 'ACTIVE', 1, now())`,
      [AGENCY],
    );
    await query(
      exchange.db.url,
      `INSERT INTO projected_memberships (agency_id, sub, member_id, role, version, updated_at)
       VALUES ($1, 'kafka-author', gen_random_uuid(), 'member', 1, now())`,
      [AGENCY],
    );
  });

  afterAll(async () => {
    await notifications?.stop();
    await exchange?.stop();
  });

  it('delivers practice.submitted and practice.published to the notifications service, once each', async () => {
    const author = { authorization: `Bearer ${await devToken(exchange.baseUrl, { sub: 'kafka-author' })}` };
    const organiser = {
      authorization: `Bearer ${await devToken(exchange.baseUrl, { sub: 'kafka-organiser', roles: ['organiser'] })}`,
    };
    const created = await postJson(`${exchange.baseUrl}/api/v1/practices`, practiceBody(AGENCY), author);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await postJson(`${exchange.baseUrl}/api/v1/practices/${id}/submit`, {}, author)).status).toBe(
      200,
    );
    expect((await postJson(`${exchange.baseUrl}/api/v1/practices/${id}/approve`, {}, organiser)).status).toBe(
      200,
    );

    const sent = await waitFor(
      async () => {
        const rows = await query<{ eventId: string; type: string }>(
          exchange.db.url,
          `SELECT headers->>'ce_id' AS "eventId", event_type AS type FROM outbox
            WHERE message_key = $1 AND published_at IS NOT NULL ORDER BY outbox.id`,
          [id],
        );
        return rows.length === 2 ? rows : null;
      },
      { what: 'both events published to Kafka by the relay', timeoutMs: 60_000 },
    );
    expect(sent.map((e) => e.type)).toEqual([
      'csg.exchange.practice.submitted.v1',
      'csg.exchange.practice.published.v1',
    ]);
    const handled = await waitFor(
      async () => {
        const rows = await query<{ event_id: string }>(
          notifications.db.url,
          `SELECT event_id FROM inbox WHERE event_id = ANY($1::text[])`,
          [sent.map((e) => e.eventId)],
        );
        return rows.length === 2 ? rows : null;
      },
      { what: 'both events in the notifications inbox', timeoutMs: 90_000 },
    );
    expect(handled.map((r) => r.event_id).sort()).toEqual(sent.map((e) => e.eventId).sort());
  });
});
