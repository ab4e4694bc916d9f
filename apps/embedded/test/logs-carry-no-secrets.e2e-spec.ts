import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEV_ISSUER_KEY_FILE } from '@csg/auth';
import { waitFor } from '@csg/testing/wait-for';
import { NotificationsTestPlatform } from '../../notifications/test/notifications-platform.fixture';

const PUBLISHED = 'csg.notifications.announcement.published.v1';

/** What the platform is configured with to sign, encrypt and derive (ADR 0072: never logged). */
const CONFIGURED: Record<string, string> = {
  MAIL_UNSUBSCRIBE_SECRET: 'log-scan-unsubscribe-secret-0123456789abcdef',
  WEBHOOK_SECRET_KEY: 'log-scan-webhook-key-0123456789abcdef',
  SESSIONS_CHECK_IN_SECRET: 'log-scan-check-in-secret-0123456789abcdef',
};

/**
 * Drives the embedded platform over HTTP with every kind of secret it issues or accepts, in
 * successful and failing requests, captures everything the process writes to stdout at the
 * `info` level, and looks for each secret (and the part of it that is secret) in that output.
 */
describe('logs carry no secrets (embedded platform, HTTP, every log line captured)', () => {
  const output: string[] = [];
  const saved: Record<string, string | undefined> = {};
  /** Every secret value the run issued or used, by what it is. */
  const secrets = new Map<string, string>();
  let restoreStdout: () => void;
  let api: NotificationsTestPlatform;
  let receiver: Server;
  let receiverUrl: string;
  const delivered: string[] = [];

  const remember = (what: string, value: string) => {
    expect(value.length).toBeGreaterThanOrEqual(16);
    secrets.set(what, value);
  };

  beforeAll(async () => {
    for (const [name, value] of Object.entries({
      ...CONFIGURED,
      LOG_LEVEL: 'info',
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
    })) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    restoreStdout = () => {
      process.stdout.write = write;
    };
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        delivered.push(body);
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    api = await NotificationsTestPlatform.start('log_scan');
  });

  afterAll(async () => {
    await api?.stop();
    receiver?.closeAllConnections();
    receiver?.close();
    restoreStdout?.();
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });

  it('drives the platform with tokens, API keys, webhook secrets and unsubscribe links, good and bad', async () => {
    const organiser = await api.token('log-organiser', ['organiser']);
    remember('a dev bearer token', organiser);
    remember("a dev token's signature", organiser.split('.')[2]);
    const agency = await api.agencyWithMembers(organiser, [{ sub: 'log-member' }]);
    const member = await api.token('log-member');
    remember("a member's bearer token", member);

    // An integration client's API key: issued, used, rotated; the old one and a made-up one refused.
    const client = await api.call('POST', 'integrations/clients', {
      token: organiser,
      body: { name: 'log scan', eventTypes: [PUBLISHED] },
    });
    expect(client.status).toBe(201);
    const apiKey = client.body.apiKey as string;
    remember('an API key', apiKey);
    remember("an API key's secret part", apiKey.slice('csg_'.length + 12));
    const asKey = (key: string) => ({ authorization: `Bearer ${key}` });
    expect((await api.call('GET', 'events', { headers: asKey(apiKey) })).status).toBe(200);
    const rotated = await api.call('POST', `integrations/clients/${client.body.id}/rotate`, {
      token: organiser,
    });
    expect(rotated.status).toBe(200);
    remember('a rotated API key', rotated.body.apiKey);
    expect((await api.call('GET', 'events', { headers: asKey(rotated.body.apiKey) })).status).toBe(200);
    expect((await api.call('GET', 'events', { headers: asKey(apiKey) })).status).toBe(401);
    const madeUp = `csg_${'Z'.repeat(12)}${'wrong-key-'.repeat(5)}`;
    remember('a wrong API key', madeUp);
    expect((await api.call('GET', 'events', { headers: asKey(madeUp) })).status).toBe(401);
    // A key in the query string is not how keys are given: refused, and the query string is not logged.
    expect((await api.call('GET', `events?api_key=${rotated.body.apiKey}`)).status).toBe(401);

    // A webhook's signing secret: issued, used to sign a delivery, rotated.
    const hook = await api.call('POST', 'webhooks', {
      token: organiser,
      body: { url: receiverUrl, eventTypes: [PUBLISHED], description: 'log scan' },
    });
    expect(hook.status).toBe(201);
    remember('a webhook secret', hook.body.secret);
    remember("a webhook secret's key", hook.body.secret.slice('whsec_'.length));
    const announced = await api.call('POST', 'announcements', {
      token: organiser,
      body: {
        title: 'log scan',
        body: 'B',
        priority: 'NORMAL',
        tlp: 'TLP:CLEAR',
        audience: { kind: 'AGENCIES', values: [agency] },
      },
    });
    expect(announced.status).toBe(201);
    await waitFor(() => delivered.some((body) => body.includes('"log scan"')), {
      what: 'a webhook delivery',
    });
    const rotatedHook = await api.call('POST', `webhooks/${hook.body.id}/rotate-secret`, {
      token: organiser,
    });
    expect(rotatedHook.status).toBe(200);
    remember('a rotated webhook secret', rotatedHook.body.secret);

    // The unsubscribe link of the member's e-mail: opened, used; a forged one refused.
    const mailDir = process.env.MAIL_DIR!;
    const link = await waitFor(
      () =>
        readdirSync(mailDir)
          .map((file) => readFileSync(join(mailDir, file), 'utf8'))
          .filter((eml) => eml.includes('log-member@example.gov.pk'))
          .map((eml) => /unsubscribe\?token=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(eml)?.[1])
          .find(Boolean),
      { what: "the member's e-mail" },
    );
    remember('an unsubscribe token', link);
    remember("an unsubscribe token's signature", link.split('.')[1]);
    const unsubscribe = (token: string, method: string) =>
      fetch(`${api.baseUrl}/api/v1/unsubscribe?token=${token}`, { method });
    expect((await unsubscribe(link, 'GET')).status).toBe(200);
    expect((await unsubscribe(link, 'POST')).status).toBe(200);
    const forged = `${link.split('.')[0]}.${'A'.repeat(43)}`;
    remember('a forged unsubscribe token', forged);
    expect((await unsubscribe(forged, 'POST')).status).toBe(422);

    // A bearer token whose signature is wrong, and credentials in headers the platform ignores.
    const tampered = `${organiser.split('.').slice(0, 2).join('.')}.${'x'.repeat(43)}`;
    remember('a tampered bearer token', tampered);
    expect((await api.call('GET', 'me', { token: tampered })).status).toBe(401);
    const ignored = {
      cookie: 'session=cookie-secret-0123456789',
      'x-api-key': 'header-api-key-0123456789',
      'proxy-authorization': 'Basic cHJveHk6cHJveHktc2VjcmV0LTAxMjM0NTY3ODk=',
    };
    for (const [name, value] of Object.entries(ignored)) remember(`a ${name} header`, value);
    expect((await api.call('GET', 'me', { token: member, headers: ignored })).status).toBe(200);

    for (const [name, value] of Object.entries(CONFIGURED)) remember(name, value);
    for (const key of devIssuerPrivateKeys()) remember("the dev issuer's private key", key);
  });

  it('writes log lines for those requests, including the refused ones', () => {
    const lines = output.join('').split('\n').filter(Boolean);
    const requests = lines
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'request completed');
    const seen = (route: string, status: number) =>
      requests.some((r) => r.route === route && r.status === status && typeof r.correlationId === 'string');
    expect(seen('/api/v1/integrations/clients', 201)).toBe(true);
    expect(seen('/api/v1/events', 200)).toBe(true);
    expect(seen('/api/v1/events', 401)).toBe(true);
    expect(seen('/api/v1/webhooks/:id/rotate-secret', 200)).toBe(true);
    expect(seen('/api/v1/unsubscribe', 422)).toBe(true);
    expect(seen('/api/v1/me', 401)).toBe(true);
    expect(lines.some((l) => l.includes('"token refused"'))).toBe(true);
  });

  it('and none of them holds any secret the run issued, used or was configured with', () => {
    const everything = output.join('');
    expect(secrets.size).toBeGreaterThanOrEqual(20);
    const found = [...secrets].filter(([, value]) => everything.includes(value)).map(([what]) => what);
    expect(found).toEqual([]);
  });
});

/** The private members of the development issuer's signing keys. */
function devIssuerPrivateKeys(): string[] {
  const file = join(process.env.AUTH_DEV_DATA_DIR!, DEV_ISSUER_KEY_FILE);
  const { keys } = JSON.parse(readFileSync(file, 'utf8')) as { keys: Array<Record<string, unknown>> };
  return keys
    .flatMap((jwk) => ['d', 'p', 'q', 'dp', 'dq', 'qi'].map((member) => jwk[member]))
    .filter((value): value is string => typeof value === 'string');
}
