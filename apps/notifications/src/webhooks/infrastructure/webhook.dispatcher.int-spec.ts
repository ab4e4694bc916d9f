import { metricsRegistry } from '@csg/observability';
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import {
  openNotificationsDatabase,
  type NotificationsDatabase,
} from '../../../test/notifications-database.fixture';
import { generateWebhookSecret } from '../domain/webhook-signature';
import { parseAllowList } from '../domain/webhook-target.rule';
import { postGuarded } from './guarded-http.client';
import { SecretBox } from './secret-box';
import { enqueueWebhookDeliveries } from './webhook-delivery.enqueuer';
import { WebhookDispatcher } from './webhook.dispatcher';
import { checkWebhookTarget } from './webhook-target.checker';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local receiver: answers each request by the path's behaviour, and remembers what arrived. */
async function startReceiver(): Promise<{ server: Server; base: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      const path = req.url ?? '';
      if (path.startsWith('/ok')) return res.writeHead(204).end();
      if (path.startsWith('/fail')) return res.writeHead(500).end('boom');
      if (path.startsWith('/busy')) return res.writeHead(429, { 'retry-after': '120' }).end();
      if (path.startsWith('/gone')) return res.writeHead(410).end();
      if (path.startsWith('/redirect'))
        return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
      if (path.startsWith('/slow')) return; // never answers
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** Standard Webhooks verification written from the specification, independent of the service's code. */
function verifies(secret: string, r: Received): boolean {
  const key = Buffer.from(secret.split('_')[1], 'base64');
  const expected = createHmac('sha256', key)
    .update(`${r.headers['webhook-id']}.${r.headers['webhook-timestamp']}.${r.body}`)
    .digest('base64');
  return String(r.headers['webhook-signature']).split(' ').includes(`v1,${expected}`);
}

/** A catalogue type every client cleared for its marking receives (undeclared types never leave). */
const THING_HAPPENED = 'csg.sessions.session.scheduled.v1';

describe('webhook delivery (PostgreSQL, local receivers)', () => {
  let db: NotificationsDatabase;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let dispatcher: WebhookDispatcher;
  const box = new SecretBox();
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

  beforeAll(async () => {
    process.env.WEBHOOK_ALLOW_HOSTS = '127.0.0.1';
    process.env.WEBHOOK_TIMEOUT_MS = '1500';
    process.env.WEBHOOK_DISABLE_AFTER_MS = String(3600_000);
    db = await openNotificationsDatabase('notif_webhooks');
    receiver = await startReceiver();
    dispatcher = new WebhookDispatcher(db.unitOfWork);
  });

  afterAll(async () => {
    receiver?.server.closeAllConnections();
    receiver?.server.close();
    await db?.drop();
    delete process.env.WEBHOOK_ALLOW_HOSTS;
    delete process.env.WEBHOOK_TIMEOUT_MS;
    delete process.env.WEBHOOK_DISABLE_AFTER_MS;
  });

  async function webhook(path: string, options: { secret?: string; url?: string; types?: string[] } = {}) {
    const id = randomUUID();
    const secret = options.secret ?? generateWebhookSecret();
    await q(
      `INSERT INTO webhooks (id, url, event_types, owner_agency_id, tlp_clearance, secret_ciphertext, status, created_by, created_at, version)
       VALUES ($1, $2, $3, NULL, 'TLP:GREEN', $4, 'ACTIVE', 'organiser-1', now(), 1)`,
      [id, options.url ?? `${receiver.base}${path}`, options.types ?? [THING_HAPPENED], box.seal(secret)],
    );
    return { id, secret };
  }

  async function publish(type = THING_HAPPENED, tlp = 'TLP:GREEN') {
    const event = {
      specversion: '1.0' as const,
      id: randomUUID(),
      source: '/csg/test',
      type,
      time: new Date().toISOString(),
      datacontenttype: 'application/json' as const,
      data: { tlp, n: 1 },
    };
    await db.unitOfWork.run((tx) => enqueueWebhookDeliveries(tx.manager, event));
    return event;
  }

  const deliveryOf = async (webhookId: string) =>
    (await q(`SELECT * FROM webhook_deliveries WHERE webhook_id = $1`, [webhookId]))[0];
  const dueNow = (webhookId: string) =>
    q(`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE webhook_id = $1`, [webhookId]);
  const arrivedAt = (path: string) => receiver.received.filter((r) => r.path === path);

  it('a 2xx succeeds, signed per Standard Webhooks (verified independently)', async () => {
    const hook = await webhook('/ok-1');
    const event = await publish();
    await dispatcher.tick();
    const [got] = arrivedAt('/ok-1');
    expect(got.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(Number(got.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -1);
    expect(verifies(hook.secret, got)).toBe(true);
    expect(JSON.parse(got.body)).toMatchObject({ type: event.type, id: event.id, data: { n: 1 } });
    expect(await deliveryOf(hook.id)).toMatchObject({
      status: 'SUCCEEDED',
      attempts: 1,
      last_status_code: 204,
    });
    expect(await metricsRegistry.metrics()).toMatch(
      /csg_webhook_attempts_total\{outcome="SUCCEEDED"\} [1-9]/,
    );
  });

  it('a 500 is retried on the schedule with the same webhook-id, and the log keeps every attempt', async () => {
    const hook = await webhook('/fail-1');
    await publish();
    const before = Date.now();
    await dispatcher.tick();
    const first = await deliveryOf(hook.id);
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1, last_status_code: 500 });
    expect(first.next_attempt_at.getTime() - before).toBeGreaterThanOrEqual(4_000);
    expect(first.next_attempt_at.getTime() - before).toBeLessThan(10_000);
    await dueNow(hook.id);
    await dispatcher.tick();
    const attempts = arrivedAt('/fail-1');
    expect(attempts).toHaveLength(2);
    expect(attempts[1].headers['webhook-id']).toBe(attempts[0].headers['webhook-id']);
    expect(await deliveryOf(hook.id)).toMatchObject({ attempts: 2 });
    const log = await q(`SELECT status_code FROM webhook_attempts WHERE delivery_id = $1 ORDER BY id`, [
      first.id,
    ]);
    expect(log).toEqual([{ status_code: 500 }, { status_code: 500 }]);
  });

  it('no answer within the timeout is a failure', async () => {
    const hook = await webhook('/slow-1');
    await publish();
    await dispatcher.tick();
    expect(await deliveryOf(hook.id)).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      last_status_code: null,
    });
    expect((await deliveryOf(hook.id)).last_error).toMatch(/no answer within 1500 ms/);
  });

  it('a 429 waits for its Retry-After', async () => {
    const hook = await webhook('/busy-1');
    await publish();
    const before = Date.now();
    await dispatcher.tick();
    const d = await deliveryOf(hook.id);
    expect(d.next_attempt_at.getTime() - before).toBeGreaterThanOrEqual(119_000);
    expect(d.next_attempt_at.getTime() - before).toBeLessThan(125_000);
  });

  it('a 410 disables the endpoint and says so in webhook.disabled (and delivery-failed)', async () => {
    const hook = await webhook('/gone-1');
    await publish();
    await dispatcher.tick();
    expect(await deliveryOf(hook.id)).toMatchObject({ status: 'GAVE_UP', last_status_code: 410 });
    expect((await q(`SELECT status, disabled_reason FROM webhooks WHERE id = $1`, [hook.id]))[0]).toEqual({
      status: 'DISABLED',
      disabled_reason: 'GONE',
    });
    const events = await q(
      `SELECT event_type, value::jsonb AS data FROM outbox WHERE message_key = $1 ORDER BY id`,
      [hook.id],
    );
    expect(events.map((e: any) => e.event_type)).toEqual([
      'csg.notifications.webhook.delivery-failed.v1',
      'csg.notifications.webhook.disabled.v1',
    ]);
    expect(events[1].data).toMatchObject({ webhookId: hook.id, reason: 'GONE' });
    await publish();
    expect(
      await q(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1`, [hook.id]),
    ).toEqual([{ n: 1 }]);
  });

  it('a redirect is not followed, even to the metadata address: it is a failure', async () => {
    const hook = await webhook('/redirect-1');
    await publish();
    await dispatcher.tick();
    expect(await deliveryOf(hook.id)).toMatchObject({ status: 'PENDING', last_status_code: 302 });
    expect(receiver.received.filter((r) => r.path.includes('meta-data'))).toEqual([]);
  });

  it('an endpoint failing for longer than the configured time is disabled', async () => {
    const hook = await webhook('/fail-2');
    await q(`UPDATE webhooks SET failing_since = now() - interval '2 hours' WHERE id = $1`, [hook.id]);
    await publish();
    await dispatcher.tick();
    expect((await q(`SELECT status, disabled_reason FROM webhooks WHERE id = $1`, [hook.id]))[0]).toEqual({
      status: 'DISABLED',
      disabled_reason: 'FAILING_TOO_LONG',
    });
    const [disabled] = await q(
      `SELECT value::jsonb AS data FROM outbox WHERE message_key = $1 AND event_type LIKE '%disabled%'`,
      [hook.id],
    );
    expect(disabled.data).toMatchObject({ reason: 'FAILING_TOO_LONG', failingSince: expect.any(String) });
  });

  it('during a secret rotation both secrets sign', async () => {
    const [oldSecret, newSecret] = [generateWebhookSecret(), generateWebhookSecret()];
    const hook = await webhook('/ok-rotated', { secret: newSecret });
    await q(
      `UPDATE webhooks SET previous_secret_ciphertext = $2, previous_secret_expires_at = now() + interval '1 hour' WHERE id = $1`,
      [hook.id, box.seal(oldSecret)],
    );
    await publish();
    await dispatcher.tick();
    const [got] = arrivedAt('/ok-rotated');
    expect(String(got.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifies(oldSecret, got)).toBe(true);
    expect(verifies(newSecret, got)).toBe(true);
  });

  it('a webhook gets only its subscribed types, never TLP:RED, and nothing above its clearance', async () => {
    const scoped = 'csg.sessions.material.published.v1';
    const hook = await webhook('/ok-scoped', { types: [scoped] });
    await publish('csg.sessions.session.updated.v1');
    await publish(scoped, 'TLP:RED');
    await publish(scoped, 'TLP:AMBER');
    expect(
      await q(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1`, [hook.id]),
    ).toEqual([{ n: 0 }]);
    await publish(scoped, 'TLP:CLEAR');
    expect(
      await q(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1`, [hook.id]),
    ).toEqual([{ n: 1 }]);
  });

  it('a delivery queued while its agency could read the event is withheld when the agency is suspended before it is sent', async () => {
    const agencyId = randomUUID();
    await q(
      `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
       VALUES ($1, 'Agency', 'AG', 'FEDERAL', 'FINANCE', 'ACTIVE', 1, now())`,
      [agencyId],
    );
    const hook = await webhook('/suspended-before-sending');
    await q(`UPDATE webhooks SET owner_agency_id = $2, tlp_clearance = 'TLP:AMBER+STRICT' WHERE id = $1`, [
      hook.id,
      agencyId,
    ]);
    await publish();
    expect(await deliveryOf(hook.id)).toMatchObject({ status: 'PENDING' });
    await q(`UPDATE agency_directory SET status = 'SUSPENDED' WHERE agency_id = $1`, [agencyId]);
    await dispatcher.tick();
    expect(arrivedAt('/suspended-before-sending')).toHaveLength(0);
    expect(await deliveryOf(hook.id)).toMatchObject({
      status: 'CANCELLED',
      attempts: 0,
      last_error: 'withheld at delivery: READER_AGENCY_NOT_ACTIVE',
    });
  });

  describe('SSRF: forbidden targets are refused at registration and at delivery', () => {
    it.each([
      'http://127.0.0.1/x',
      'http://2130706433/x',
      'http://0x7f.0.0.1/x',
      'http://0177.0.0.1/x',
      'http://[::1]/x',
      'http://[::ffff:127.0.0.1]/x',
      'http://10.0.0.1/x',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.1.1/x',
      'http://0.0.0.0/x',
      'http://localhost/x',
      `http://${hostname()}/x`,
    ])('%s is refused at registration', async (url) => {
      await expect(checkWebhookTarget(url, {})).rejects.toMatchObject({ code: 'WEBHOOK.TARGET_FORBIDDEN' });
    });

    it('a name that resolves to a loopback address is refused when connecting, and nothing is sent', async () => {
      const port = (receiver.server.address() as AddressInfo).port;
      const response = await postGuarded(
        `http://${hostname()}:${port}/ok-ssrf`,
        {},
        '{}',
        parseAllowList(''),
      );
      expect(response).toMatchObject({
        status: null,
        error: expect.stringMatching(/refused: .* loopback address/),
      });
      expect(arrivedAt('/ok-ssrf')).toEqual([]);
    });

    it('a stored target on a private address fails at delivery without connecting', async () => {
      const hook = await webhook('', { url: 'http://10.255.255.1/hook' });
      await publish();
      await dispatcher.tick();
      expect((await deliveryOf(hook.id)).last_error).toBe('refused: private address');
    });

    it('the operator allow-list permits a named host', async () => {
      await expect(
        checkWebhookTarget(`${receiver.base}/ok`, { WEBHOOK_ALLOW_HOSTS: '127.0.0.1' }),
      ).resolves.toBeUndefined();
    });
  });
});
