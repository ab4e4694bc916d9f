import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitFor } from '@csg/testing/wait-for';
import { NotificationsTestPlatform } from './notifications-platform.fixture';
import { openSse } from './sse-reader';

const PUBLISHED = 'csg.notifications.announcement.published.v1';

describe('integrations: API keys, the event feed, webhooks and live streams (embedded platform, HTTP)', () => {
  let api: NotificationsTestPlatform;
  let organiser: string;
  let adminA: string;
  let agencyA: string;
  let agencyB: string;
  let receiver: Server;
  let receiverUrl: string;
  const received: Array<{ url?: string; headers: IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    process.env.WEBHOOK_ALLOW_HOSTS = '127.0.0.1';
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ url: req.url, headers: req.headers, body });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    api = await NotificationsTestPlatform.start('notif_integrations');
    organiser = await api.token('int-organiser', ['organiser']);
    agencyA = await api.agencyWithMembers(organiser, [
      { sub: 'int-admin-a', role: 'agency-admin' },
      { sub: 'int-member-a' },
    ]);
    agencyB = await api.agencyWithMembers(organiser, [{ sub: 'int-member-b' }]);
    adminA = await api.token('int-admin-a');
  });

  afterAll(async () => {
    await api?.stop();
    receiver?.closeAllConnections();
    receiver?.close();
    delete process.env.WEBHOOK_ALLOW_HOSTS;
  });

  const announce = (body: Record<string, unknown>) =>
    api.call('POST', 'announcements', {
      token: organiser,
      body: {
        title: 'T',
        body: 'B',
        priority: 'NORMAL',
        tlp: 'TLP:GREEN',
        audience: { kind: 'ALL' },
        ...body,
      },
    });
  const asKey = (key: string) => ({ authorization: `Bearer ${key}` });
  const feed = (key: string, query = '') => api.call('GET', `events${query}`, { headers: asKey(key) });
  const titlesIn = (page: any) =>
    page.body.items.filter((e: any) => e.type === PUBLISHED).map((e: any) => e.data.title);

  let platformKey: string;
  let agencyKey: string;
  let platformClientId: string;

  it("operators issue platform clients and agency-admins their agency's; the key is shown once and stored hashed", async () => {
    const platform = await api.call('POST', 'integrations/clients', {
      token: organiser,
      body: { name: 'SOC', eventTypes: [PUBLISHED] },
    });
    expect(platform.status).toBe(201);
    expect(platform.body).toMatchObject({
      agencyId: null,
      tlpClearance: 'TLP:GREEN',
      status: 'ACTIVE',
      apiKey: expect.stringMatching(/^csg_/),
    });
    platformKey = platform.body.apiKey;
    platformClientId = platform.body.id;
    const ofA = await api.call('POST', 'integrations/clients', {
      token: adminA,
      body: { name: 'A collector', eventTypes: [PUBLISHED], agencyId: agencyA },
    });
    expect(ofA.status).toBe(201);
    expect(ofA.body).toMatchObject({ agencyId: agencyA, tlpClearance: 'TLP:AMBER+STRICT' });
    agencyKey = ofA.body.apiKey;
    expect(
      (
        await api.call('POST', 'integrations/clients', {
          token: adminA,
          body: { name: 'x', eventTypes: [PUBLISHED], agencyId: agencyB },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call('POST', 'integrations/clients', {
          token: await api.token('int-member-a'),
          body: { name: 'x', eventTypes: [PUBLISHED], agencyId: agencyA },
        })
      ).status,
    ).toBe(403);
    const red = await api.call('POST', 'integrations/clients', {
      token: organiser,
      body: { name: 'x', eventTypes: [PUBLISHED], tlpClearance: 'TLP:RED' },
    });
    expect(red).toMatchObject({ status: 422, body: { code: 'INTEGRATION.CLEARANCE_TOO_HIGH' } });
    const unknown = await api.call('POST', 'integrations/clients', {
      token: organiser,
      body: { name: 'x', eventTypes: ['csg.nope.thing.done.v1'] },
    });
    expect(unknown).toMatchObject({ status: 422, body: { code: 'INTEGRATION.EVENT_TYPES_UNKNOWN' } });
    const listed = await api.call('GET', 'integrations/clients', { token: adminA });
    expect(listed.body.items.map((c: any) => c.id)).toEqual([ofA.body.id]);
    expect(JSON.stringify(listed.body)).not.toContain(agencyKey);
    const stored = await api.query('notifications', `SELECT key_hash FROM integration_clients`);
    expect(JSON.stringify(stored)).not.toContain(platformKey.slice(4));
    const everywhere = await api
      .query(
        'notifications',
        `SELECT count(*)::int AS n FROM idempotency_keys WHERE response::text LIKE '%' || $1 || '%'`,
        [platformKey.slice(4)],
      )
      .catch(() => [{ n: 0 }]);
    expect(everywhere[0].n).toBe(0);
  });

  it('the feed gives each key only its types and what its owner or clearance may read', async () => {
    await announce({ title: 'green to all' });
    await announce({ title: 'clear to all', tlp: 'TLP:CLEAR' });
    await announce({
      title: 'strict to A',
      tlp: 'TLP:AMBER+STRICT',
      audience: { kind: 'AGENCIES', values: [agencyA] },
    });
    await announce({
      title: 'strict to B',
      tlp: 'TLP:AMBER+STRICT',
      audience: { kind: 'AGENCIES', values: [agencyB] },
    });
    await announce({ title: 'red', tlp: 'TLP:RED', recipientSubs: ['int-member-a'] });
    const all = await waitFor(
      async () => {
        const page = await feed(platformKey);
        return page.body.items.length >= 2 ? page : null;
      },
      { what: 'the feed' },
    );
    expect(all.status).toBe(200);
    await waitFor(async () => titlesIn(await feed(agencyKey)).length >= 3, { what: 'agency feed' });
    expect(titlesIn(await feed(platformKey)).sort()).toEqual(['clear to all', 'green to all']);
    expect(titlesIn(await feed(agencyKey)).sort()).toEqual(['clear to all', 'green to all', 'strict to A']);
    const page = await feed(platformKey, '?limit=1');
    expect(page.body.items).toHaveLength(1);
    const rest = await feed(platformKey, `?after=${page.body.nextCursor}`);
    expect(rest.body.items.map((e: any) => e.id)).not.toContain(page.body.items[0].id);
    const end = await feed(platformKey, `?after=${rest.body.nextCursor}`);
    expect(end.body).toEqual({ items: [], nextCursor: rest.body.nextCursor });
    expect((await feed(platformKey, '?types=csg.agencies.agency.registered.v1')).body.items).toEqual([]);
    expect(all.body.items[0]).toMatchObject({
      specversion: '1.0',
      type: PUBLISHED,
      source: '/csg/notifications',
      tlp: expect.any(String),
    });
  });

  it('a clearance is granted as asked or refused with the highest allowed, never changed silently (ADR 0061)', async () => {
    const clear = await api.call('POST', 'integrations/clients', {
      token: adminA,
      body: {
        name: 'A public collector',
        eventTypes: [PUBLISHED],
        agencyId: agencyA,
        tlpClearance: 'TLP:CLEAR',
      },
    });
    expect(clear.status).toBe(201);
    expect(clear.body).toMatchObject({ agencyId: agencyA, tlpClearance: 'TLP:CLEAR' });
    // What a member of A reads (CLEAR, GREEN, strict to A), capped at CLEAR.
    expect(titlesIn(await feed(clear.body.apiKey))).toEqual(['clear to all']);
    const green = await api.call('POST', 'integrations/clients', {
      token: adminA,
      body: {
        name: 'A green collector',
        eventTypes: [PUBLISHED],
        agencyId: agencyA,
        tlpClearance: 'TLP:GREEN',
      },
    });
    expect(green.body.tlpClearance).toBe('TLP:GREEN');
    expect(titlesIn(await feed(green.body.apiKey)).sort()).toEqual(['clear to all', 'green to all']);

    const clients = async () =>
      (await api.query('notifications', `SELECT count(*)::int AS n FROM integration_clients`))[0].n;
    const hooks = async () =>
      (await api.query('notifications', `SELECT count(*)::int AS n FROM webhooks`))[0].n;
    const before = { clients: await clients(), hooks: await hooks() };
    for (const [token, agencyId] of [
      [adminA, agencyA],
      [organiser, undefined],
    ] as const) {
      const client = await api.call('POST', 'integrations/clients', {
        token,
        body: { name: 'x', eventTypes: [PUBLISHED], agencyId, tlpClearance: 'TLP:RED' },
      });
      expect(client).toMatchObject({
        status: 422,
        body: {
          code: 'INTEGRATION.CLEARANCE_TOO_HIGH',
          detail: 'the highest clearance this client may have is TLP:AMBER+STRICT',
        },
      });
      expect(client.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const hook = await api.call('POST', 'webhooks', {
        token,
        body: { url: receiverUrl, eventTypes: [PUBLISHED], agencyId, tlpClearance: 'TLP:RED' },
      });
      expect(hook).toMatchObject({
        status: 422,
        body: {
          code: 'INTEGRATION.CLEARANCE_TOO_HIGH',
          detail: 'the highest clearance this webhook may have is TLP:AMBER+STRICT',
        },
      });
    }
    expect({ clients: await clients(), hooks: await hooks() }).toEqual(before);
  });

  it('the feed refuses people and anonymous callers, and a revoked or rotated-away key', async () => {
    expect((await api.call('GET', 'events', { token: organiser })).status).toBe(403);
    expect((await api.call('GET', 'events')).status).toBe(401);
    const rotated = await api.call('POST', `integrations/clients/${platformClientId}/rotate`, {
      token: organiser,
    });
    expect(rotated.status).toBe(200);
    expect((await feed(platformKey)).status).toBe(401);
    expect((await feed(rotated.body.apiKey)).status).toBe(200);
    platformKey = rotated.body.apiKey;
    expect(
      (await api.call('POST', `integrations/clients/${platformClientId}/rotate`, { token: adminA })).status,
    ).toBe(404);
  });

  it('an integration key is recognised by the other services too (none of their routes admits integrations yet)', async () => {
    // Verifying an agency admits operators only: a known key is authenticated but refused (403), an unknown one is not (401).
    expect(
      (await api.call('POST', `agencies/${agencyA}/verify`, { headers: asKey(platformKey) })).status,
    ).toBe(403);
    expect(
      (await api.call('POST', `agencies/${agencyA}/verify`, { headers: asKey('csg_' + 'x'.repeat(56)) }))
        .status,
    ).toBe(401);
  });

  it('the curated topics carry only CLEAR (clear) and CLEAR + GREEN (green)', async () => {
    const rows = await api.query(
      'notifications',
      `SELECT topic, value::jsonb->>'title' AS title FROM outbox WHERE topic LIKE 'csg.integration.%' AND event_type = $1`,
      [PUBLISHED],
    );
    const on = (topic: string) =>
      rows
        .filter((r) => r.topic === topic)
        .map((r) => r.title)
        .sort();
    expect(on('csg.integration.clear')).toEqual(['clear to all']);
    expect(on('csg.integration.green')).toEqual(['clear to all', 'green to all']);
  });

  it('the feed streams as SSE and resumes from Last-Event-ID', async () => {
    const stream = await openSse(`${api.baseUrl}/api/v1/events/stream`, asKey(platformKey));
    expect(stream.status).toBe(200);
    expect(stream.contentType).toContain('text/event-stream');
    const first = await stream.until((events) => events.length >= 2);
    await announce({ title: 'live green' });
    await stream.until((events) => events.some((e) => e.data.data?.title === 'live green'));
    expect(stream.events.map((e) => e.data.data?.title)).not.toContain('strict to B');
    await stream.close();
    const resumed = await openSse(`${api.baseUrl}/api/v1/events/stream`, {
      ...asKey(platformKey),
      'last-event-id': first[0].id!,
    });
    const again = await resumed.until((events) => events.some((e) => e.data.data?.title === 'live green'));
    expect(again.map((e) => e.id)).not.toContain(first[0].id);
    expect(again[0].id).toBe(first[1].id);
    await resumed.close();
  });

  it("the inbox streams new notifications live, only the caller's", async () => {
    const stream = await openSse(`${api.baseUrl}/api/v1/me/notifications/stream`, {
      authorization: `Bearer ${await api.token('int-member-b')}`,
    });
    expect(stream.status).toBe(200);
    await announce({ title: 'for A only', audience: { kind: 'AGENCIES', values: [agencyA] } });
    await announce({ title: 'for B too', audience: { kind: 'AGENCIES', values: [agencyB] } });
    const events = await stream.until((e) => e.some((x) => x.data.title === 'for B too'));
    expect(events.map((e) => e.data.title)).not.toContain('for A only');
    expect(events[0]).toMatchObject({
      event: 'notification',
      data: { category: 'ANNOUNCEMENT', read: false },
    });
    await stream.close();
  });

  it('webhooks: forbidden targets are refused; an allowed one gets signed deliveries, a log and manual retries', async () => {
    for (const url of [
      'http://10.0.0.1/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest',
      'http://2130706433/x',
      'http://[64:ff9b:1::a9fe:a9fe]/',
      'http://[::ffff:0:a9fe:a9fe]/',
    ])
      expect(
        (
          await api.call('POST', 'webhooks', {
            token: organiser,
            body: { url: url.replace('2130706433', '2130706434'), eventTypes: [PUBLISHED] },
          })
        ).body.code,
      ).toBe('WEBHOOK.TARGET_FORBIDDEN');
    const created = await api.call('POST', 'webhooks', {
      token: organiser,
      body: { url: receiverUrl, eventTypes: [PUBLISHED], description: 'SOC' },
    });
    expect(created.status).toBe(201);
    const secret = created.body.secret as string;
    expect(secret).toMatch(/^whsec_/);
    expect(JSON.stringify(await api.query('notifications', 'SELECT * FROM webhooks'))).not.toContain(
      secret.slice(6),
    );
    expect((await api.call('GET', 'webhooks', { token: organiser })).body.items[0]).not.toHaveProperty(
      'secret',
    );
    await announce({ title: 'hooked', tlp: 'TLP:CLEAR' });
    await announce({
      title: 'strict hooked',
      tlp: 'TLP:AMBER+STRICT',
      audience: { kind: 'AGENCIES', values: [agencyA] },
    });
    await waitFor(() => received.some((r) => r.body.includes('"hooked"')), { what: 'a webhook delivery' });
    const got = received.find((r) => r.body.includes('"hooked"'))!;
    const key = Buffer.from(secret.slice(6), 'base64');
    const mac = createHmac('sha256', key)
      .update(`${got.headers['webhook-id']}.${got.headers['webhook-timestamp']}.${got.body}`)
      .digest('base64');
    expect(String(got.headers['webhook-signature']).split(' ')).toContain(`v1,${mac}`);
    const log = await waitFor(
      async () => {
        const page = await api.call('GET', `webhooks/${created.body.id}/deliveries`, { token: organiser });
        // Other announcements' events may reach the endpoint too: look for this delivery's id.
        const mine = page.body.items.find((d: any) => d.id === got.headers['webhook-id']);
        return mine?.status === 'SUCCEEDED' ? page : null;
      },
      { what: 'the delivery log' },
    );
    const delivery = log.body.items.find((d: any) => d.id === got.headers['webhook-id']);
    expect(delivery).toMatchObject({
      id: got.headers['webhook-id'],
      attempts: 1,
      lastStatusCode: 200,
      attemptLog: [expect.objectContaining({ statusCode: 200 })],
    });
    expect((await api.call('GET', `webhooks/${created.body.id}/deliveries`, { token: adminA })).status).toBe(
      404,
    );
    const retried = await api.call('POST', `webhooks/${created.body.id}/deliveries/${delivery.id}/retry`, {
      token: organiser,
    });
    expect(retried.status).toBe(200);
    await waitFor(() => received.filter((r) => r.headers['webhook-id'] === delivery.id).length === 2, {
      what: 'the manual retry',
    });
    expect(received.some((r) => r.body.includes('strict hooked'))).toBe(false);
    const rotated = await api.call('POST', `webhooks/${created.body.id}/rotate-secret`, { token: organiser });
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.previousSecretExpiresAt).toEqual(expect.any(String));
  });

  it('an agency webhook asking for TLP:CLEAR gets exactly that and is sent only CLEAR events', async () => {
    const created = await api.call('POST', 'webhooks', {
      token: adminA,
      body: {
        url: receiverUrl.replace(/\/hook$/, '/clear-hook'),
        eventTypes: [PUBLISHED],
        agencyId: agencyA,
        tlpClearance: 'TLP:CLEAR',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ agencyId: agencyA, tlpClearance: 'TLP:CLEAR' });
    await announce({ title: 'green for hooks' });
    await announce({
      title: 'strict for hooks',
      tlp: 'TLP:AMBER+STRICT',
      audience: { kind: 'AGENCIES', values: [agencyA] },
    });
    await announce({ title: 'clear for hooks', tlp: 'TLP:CLEAR' });
    // An event is in the feed in the same transaction as the deliveries it queues: once A's
    // AMBER+STRICT key reads all three, every webhook's deliveries for them are decided.
    await waitFor(
      async () => {
        const titles = titlesIn(await feed(agencyKey, `?types=${PUBLISHED}&limit=1000`));
        return ['green for hooks', 'strict for hooks', 'clear for hooks'].every((t) => titles.includes(t));
      },
      { what: "the three announcements in A's feed" },
    );
    await waitFor(() => received.some((r) => r.url === '/clear-hook' && r.body.includes('clear for hooks')), {
      what: 'the CLEAR delivery',
    });
    const log = await api.call('GET', `webhooks/${created.body.id}/deliveries`, { token: adminA });
    expect(log.body.items).toHaveLength(1);
    const sent = received.filter((r) => r.url === '/clear-hook').map((r) => JSON.parse(r.body).data.title);
    expect(sent).toEqual(['clear for hooks']);
  });
});
