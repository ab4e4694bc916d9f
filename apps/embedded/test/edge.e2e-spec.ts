import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { decodeJwt, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { DEV_ISSUER_KEY_FILE } from '@csg/auth';
import { listen } from '@csg/http';
import { enforceResponseContract } from '@csg/testing/http/response-contract';
import type { EmbeddedPlatform } from '../src/embedded-platform';
import { devToken, queryDatabase, startEmbeddedTestPlatform } from './platform-test-harness';

interface Running {
  platform: EmbeddedPlatform;
  baseUrl: string;
  countAgencies(): Promise<number>;
  stop(): Promise<void>;
}

/** The embedded platform on fresh databases, with `env` set while it is built. */
async function start(
  prefix: string,
  env: Record<string, string> = {},
  bind?: (app: NestFastifyApplication) => Promise<string>,
): Promise<Running> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const running = await startEmbeddedTestPlatform(prefix, { bind });
    return {
      platform: running.platform,
      baseUrl: running.baseUrl,
      countAgencies: async () =>
        (await queryDatabase(running.databases.agencies.url, 'SELECT count(*)::int AS n FROM agencies'))[0]
          .n as number,
      stop: () => running.stop(),
    };
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

const jsonOf = (response: Response): Promise<any> => response.json();

const agency = () => ({
  name: `Edge Agency ${Date.now()}`,
  acronym: `E${process.hrtime.bigint() % 1_000_000n}`,
  tier: 'FEDERAL',
  sector: 'INFORMATION_TECHNOLOGY',
  contactEmail: 'edge@example.gov.pk',
});

/** A raw request, for what fetch will not send (oversized headers, odd paths). */
function rawGet(baseUrl: string, path: string, headers: Record<string, string> = {}) {
  const url = new URL(baseUrl);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path, headers, method: 'GET' }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const expectProblem = (
  response: { status: number; headers: { get(n: string): string | null } },
  status: number,
) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
};

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

/** A token the way an attacker makes one: the victim's `sub`, signed with the attacker's own key. */
async function forgedToken(genuine: string, kid: string): Promise<string> {
  const { iss, aud, sub } = decodeJwt(genuine);
  const attacker = await generateKeyPair('ES256');
  return new SignJWT({ sub, roles: ['platform-admin'] })
    .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
    .setIssuer(iss!)
    .setAudience(aud!)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(attacker.privateKey);
}

/** A wrong key that starts with the victim's key id (the lookup prefix), as a guess would. */
const wrongKeyLike = (key: string, n: number) =>
  `${key.slice(0, 16)}${Buffer.from(`wrong-secret-${n}-`.repeat(4)).toString('base64url')}`;

/** A token of the development issuer's own key, for `claims` (e.g. an `exp` in the past). */
async function signedByDevIssuer(like: string, claims: Record<string, unknown>): Promise<string> {
  const { iss, aud } = decodeJwt(like);
  const file = join(process.env.AUTH_DEV_DATA_DIR!, DEV_ISSUER_KEY_FILE);
  const jwk = (JSON.parse(readFileSync(file, 'utf8')) as { keys: JWK[] }).keys[0];
  return new SignJWT(claims)
    .setProtectedHeader({ alg: jwk.alg!, kid: jwk.kid!, typ: 'JWT' })
    .setIssuer(iss!)
    .setAudience(aud!)
    .sign(await importJWK(jwk, jwk.alg));
}

describe('the HTTP edge with its defaults', () => {
  let api: Running;
  let organiser: string;

  beforeAll(async () => {
    api = await start('edge_default');
    organiser = await devToken(api.baseUrl, { sub: 'edge-organiser', roles: ['organiser'] });
  });

  afterAll(async () => {
    await api?.stop();
  });

  const post = (body: string, contentType: string | undefined, token = organiser) =>
    fetch(`${api.baseUrl}/api/v1/agencies`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(contentType ? { 'content-type': contentType } : {}) },
      body,
    });

  it('sends nosniff, a deny-all CSP and no-store on authenticated answers, and no CORS headers', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/me`, {
      headers: { authorization: `Bearer ${organiser}`, origin: 'https://evil.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each([
    ['text/plain', '{"name":"x"}'],
    ['application/x-www-form-urlencoded', 'name=x&acronym=Y'],
    ['multipart/form-data; boundary=x', '--x\r\ncontent-disposition: form-data; name="a"\r\n\r\nb\r\n--x--'],
    ['application/xml', '<agency/>'],
  ])('refuses a %s body with a 415 problem that repeats nothing', async (type, body) => {
    const response = await post(body, type);
    expectProblem(response, 415);
    const problem = await jsonOf(response);
    expect(problem.detail).toBe('Send the body as application/json.');
    expect(JSON.stringify(problem)).not.toContain(type.split(';')[0]);
    expect(await api.countAgencies()).toBe(0);
  });

  it.each([33, 3_000, 100_000])('refuses JSON nested %i levels deep with a 400 problem', async (depth) => {
    const body = `{"name":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const response = await post(body, 'application/json');
    expectProblem(response, 400);
    expect((await jsonOf(response)).type).toMatch(/json-too-deep$/);
  });

  it('accepts JSON as deep as the limit and validates it as usual', async () => {
    const response = await post(
      JSON.stringify({ ...agency(), extra: JSON.parse(`${'['.repeat(31)}${']'.repeat(31)}`) }),
      'application/json; charset=utf-8',
    );
    expectProblem(response, 400);
    expect((await jsonOf(response)).errors).toEqual([expect.objectContaining({ field: 'extra' })]);
  });

  it('answers a body over the limit with a 413 problem', async () => {
    const response = await post(
      JSON.stringify({ ...agency(), name: 'x'.repeat(1_100_000) }),
      'application/json',
    );
    expectProblem(response, 413);
  });

  it('answers an overlong path parameter with a 414 problem that does not repeat the path', async () => {
    const id = 'a'.repeat(300);
    const response = await rawGet(api.baseUrl, `/api/v1/agencies/${id}`, {
      authorization: `Bearer ${organiser}`,
    });
    expect(response.status).toBe(414);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
    expect(response.body).not.toContain(id);
    expect(JSON.parse(response.body)).toEqual(
      expect.objectContaining({ status: 414, title: 'URI too long' }),
    );
  });

  it('answers an undecodable URL with a 400 problem that does not repeat it', async () => {
    const response = await rawGet(api.baseUrl, '/api/v1/agencies/%E0%A4%A', {
      authorization: `Bearer ${organiser}`,
    });
    expect(response.status).toBe(400);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
    expect(response.body).not.toContain('%E0');
  });

  it('answers oversized headers with a 431 problem', async () => {
    const response = await rawGet(api.baseUrl, '/api/v1/me', { 'x-filler': 'y'.repeat(20_000) });
    expect(response.status).toBe(431);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
    expect(response.body).not.toContain('yyyy');
    expect(JSON.parse(response.body).status).toBe(431);
  });

  it('answers an unknown route with a 404 problem that does not repeat the path', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/no-such-route-<script>`);
    expectProblem(response, 404);
    const text = await response.text();
    expect(text).not.toContain('no-such-route');
    expect(text).not.toContain('<script>');
  });

  it('refuses a lone surrogate or a NUL in a development token request with 400', async () => {
    for (const body of [
      { sub: 'x', email: 'a\ud800@example.gov' },
      { sub: 'a\u0000b' },
      { sub: 'x', name: 'n'.repeat(10_000) },
    ]) {
      const response = await fetch(`${api.baseUrl}/api/v1/dev/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expectProblem(response, 400);
    }
  });

  describe('an attacker naming a victim (no lock-out, ADR 0057; default limits: 100 failures per address, 20 per credential)', () => {
    let victimToken: string;
    let victimKey: string;
    let issuerKid: string;

    beforeAll(async () => {
      victimToken = await devToken(api.baseUrl, { sub: 'edge-victim', roles: ['organiser'] });
      const issued = await fetch(`${api.baseUrl}/api/v1/integrations/clients`, {
        method: 'POST',
        headers: { authorization: `Bearer ${organiser}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'Victim SOC',
          eventTypes: ['csg.notifications.announcement.published.v1'],
        }),
      });
      expect(issued.status).toBe(201);
      victimKey = (await jsonOf(issued)).apiKey as string;
      issuerKid = (await jsonOf(await fetch(`${api.baseUrl}/api/v1/dev/jwks.json`))).keys[0].kid as string;
    });

    const asVictim = (from: string) =>
      Promise.all([
        fetch(`${api.baseUrl}/api/v1/me`, {
          headers: { authorization: `Bearer ${victimToken}`, 'x-forwarded-for': from },
        }).then((r) => r.status),
        fetch(`${api.baseUrl}/api/v1/events`, {
          headers: { authorization: `Bearer ${victimKey}`, 'x-forwarded-for': from },
        }).then((r) => r.status),
      ]);

    /** `n` guesses from `from`, one after another, half forged tokens and half wrong keys. */
    const guess = async (n: number, from: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < n; i++) {
        const credential =
          i % 2 === 0
            ? await forgedToken(victimToken, i % 4 === 0 ? issuerKid : `kid-${i}`)
            : wrongKeyLike(victimKey, i);
        const path = credential.startsWith('csg_') ? 'events' : 'me';
        const response = await fetch(`${api.baseUrl}/api/v1/${path}`, {
          headers: { authorization: `Bearer ${credential}`, 'x-forwarded-for': from },
        });
        statuses.push(response.status);
      }
      return statuses;
    };

    it("gets 401 for 25 forged tokens and 25 wrong keys naming the victim, and the victim's token and key still get 200, from anywhere", async () => {
      const attacker = '203.0.113.101';
      expect(await asVictim('198.51.100.101')).toEqual([200, 200]);
      const statuses = await guess(50, attacker);
      expect(count(statuses, 401)).toBe(50);
      expect(await asVictim('198.51.100.102')).toEqual([200, 200]);
      expect(await asVictim(attacker)).toEqual([200, 200]);
    });

    it("still stops guessing from the attacker's address after 100 failures, and only there", async () => {
      const attacker = '203.0.113.102';
      const statuses = await guess(101, attacker);
      expect(count(statuses.slice(0, 100), 401)).toBe(100);
      expect(statuses[100]).toBe(429);
      expect(await asVictim(attacker)).toEqual([429, 429]);
      expect(await asVictim('198.51.100.103')).toEqual([200, 200]);
    });

    it("lets token requests naming the victim delay only the development issuer's new tokens for that sub, not the victim's tokens", async () => {
      const mints = await Promise.all(
        Array.from({ length: 61 }, (_, i) =>
          fetch(`${api.baseUrl}/api/v1/dev/tokens`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${i + 1}` },
            body: JSON.stringify({ sub: 'edge-victim' }),
          }).then((r) => r.status),
        ),
      );
      // 60 a minute per requested sub; the victim's own token was the first.
      expect([count(mints, 201), count(mints, 429)]).toEqual([59, 2]);
      expect(await asVictim('198.51.100.104')).toEqual([200, 200]);
    });
  });

  it('stops a flood of bad tokens from one address with 429 (default limit: 100 failures a minute)', async () => {
    const wave = () =>
      Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          fetch(`${api.baseUrl}/api/v1/me`, {
            headers: { authorization: `Bearer flood-${i}`, 'x-forwarded-for': '198.51.100.77' },
          }).then((r) => r.status),
        ),
      );
    const first = await wave();
    const second = await wave();
    process.stdout.write(
      `flood of 300 bad tokens: first wave ${count(first, 401)}×401 ${count(first, 429)}×429, ` +
        `second wave ${count(second, 401)}×401 ${count(second, 429)}×429\n`,
    );
    expect(count(first, 401) + count(first, 429)).toBe(300);
    expect(count(second, 429)).toBe(300);
  });

  it('stops a flood of token requests from one address with 429 (default limit: 120 a minute)', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        fetch(`${api.baseUrl}/api/v1/dev/tokens`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.88' },
          body: JSON.stringify({ sub: `flood-${i}`, roles: ['platform-admin'] }),
        }).then((r) => r.status),
      ),
    );
    const count = (status: number) => statuses.filter((s) => s === status).length;
    process.stdout.write(`flood of 300 token requests: ${count(201)}×201 ${count(429)}×429\n`);
    expect(count(201)).toBe(120);
    expect(count(429)).toBe(180);
  });

  it('keeps /metrics from clients outside the allow-list (behind a trusted proxy too)', async () => {
    expect((await fetch(`${api.baseUrl}/metrics`)).status).toBe(200);
    const outside = await fetch(`${api.baseUrl}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.5' } });
    expectProblem(outside, 404);
    const inside = await fetch(`${api.baseUrl}/metrics`, { headers: { 'x-forwarded-for': '10.1.2.3' } });
    expect(inside.status).toBe(200);
  });
});

describe('the HTTP edge with configured limits', () => {
  let api: Running;

  beforeAll(async () => {
    api = await start(
      'edge_limits',
      {
        CORS_ORIGINS: 'https://portal.example.gov',
        HTTP_JSON_MAX_DEPTH: '4',
        RATE_LIMIT_TOKENS_PER_ADDRESS: '5',
        RATE_LIMIT_TOKENS_PER_SUBJECT: '3',
        RATE_LIMIT_AUTH_FAILURES_PER_ADDRESS: '5',
        RATE_LIMIT_AUTH_FAILURES_PER_PRINCIPAL: '3',
        METRICS_ALLOW: '192.0.2.0/24',
      },
      async (app) => {
        // As `npm start` does: `listen` picks the address (loopback, since dev auth is on).
        enforceResponseContract(app.getHttpAdapter().getInstance() as never);
        delete process.env.HOST;
        await listen(app, 0, 'edge-test');
        const address = app.getHttpServer().address() as { address: string; port: number };
        expect(address.address).toBe('127.0.0.1');
        return `http://127.0.0.1:${address.port}`;
      },
    );
  });

  afterAll(async () => {
    await api?.stop();
  });

  const mint = (sub: string, from: string) =>
    fetch(`${api.baseUrl}/api/v1/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ sub }),
    });

  const expectTooMany = async (response: Response) => {
    expectProblem(response, 429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(response.headers.get('ratelimit-limit')).toMatch(/^\d+$/);
    expect(response.headers.get('ratelimit-remaining')).toBe('0');
    expect((await jsonOf(response)).status).toBe(429);
  };

  it('listens on 127.0.0.1 in development mode when HOST is not set', () => {
    expect(api.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('limits token issuance per client address', async () => {
    for (let i = 0; i < 5; i++) expect((await mint(`addr-${i}`, '198.51.100.1')).status).toBe(201);
    await expectTooMany(await mint('addr-6', '198.51.100.1'));
    expect((await mint('addr-7', '198.51.100.2')).status).toBe(201);
  });

  it('limits token issuance per subject, from whatever address', async () => {
    for (let i = 0; i < 3; i++) expect((await mint('same-person', `198.51.100.${10 + i}`)).status).toBe(201);
    await expectTooMany(await mint('same-person', '198.51.100.20'));
  });

  it('throttles an address after repeated authentication failures, but not callers without credentials', async () => {
    const from = { 'x-forwarded-for': '198.51.100.30' };
    for (let i = 0; i < 5; i++) {
      const refused = await fetch(`${api.baseUrl}/api/v1/me`, {
        headers: { ...from, authorization: `Bearer bad-${i}` },
      });
      expect(refused.status).toBe(401);
    }
    const good = (await jsonOf(await mint('after-failures', '198.51.100.31'))).accessToken as string;
    await expectTooMany(
      await fetch(`${api.baseUrl}/api/v1/me`, { headers: { ...from, authorization: `Bearer ${good}` } }),
    );
    expect((await fetch(`${api.baseUrl}/api/v1/me`, { headers: from })).status).toBe(401);
    expect(
      (
        await fetch(`${api.baseUrl}/api/v1/me`, {
          headers: { authorization: `Bearer ${good}`, 'x-forwarded-for': '198.51.100.32' },
        })
      ).status,
    ).toBe(200);
  });

  it('does not throttle the principal that forged tokens name, whatever the address', async () => {
    const forged = (n: number) =>
      `Bearer e30.${Buffer.from(JSON.stringify({ sub: 'target-admin', n })).toString('base64url')}.c2ln`;
    for (let i = 0; i < 3; i++) {
      const refused = await fetch(`${api.baseUrl}/api/v1/me`, {
        headers: { authorization: forged(i), 'x-forwarded-for': `198.51.100.${40 + i}` },
      });
      expect(refused.status).toBe(401);
    }
    const again = await fetch(`${api.baseUrl}/api/v1/me`, {
      headers: { authorization: forged(9), 'x-forwarded-for': '198.51.100.50' },
    });
    expect(again.status).toBe(401);
    const genuine = (await jsonOf(await mint('target-admin', '198.51.100.51'))).accessToken as string;
    const victim = await fetch(`${api.baseUrl}/api/v1/me`, {
      headers: { authorization: `Bearer ${genuine}`, 'x-forwarded-for': '198.51.100.50' },
    });
    expect(victim.status).toBe(200);
  });

  it("throttles a genuine but expired token replayed from any address, and not its owner's current token", async () => {
    const current = (await jsonOf(await mint('expired-owner', '198.51.100.52'))).accessToken as string;
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const expired = await signedByDevIssuer(current, {
      sub: 'expired-owner',
      iat: hourAgo - 600,
      exp: hourAgo,
    });
    for (let i = 0; i < 3; i++) {
      const refused = await fetch(`${api.baseUrl}/api/v1/me`, {
        headers: { authorization: `Bearer ${expired}`, 'x-forwarded-for': `198.51.100.${53 + i}` },
      });
      expectProblem(refused, 401);
      expect((await jsonOf(refused)).code).toBe('AUTH.TOKEN_EXPIRED');
    }
    await expectTooMany(
      await fetch(`${api.baseUrl}/api/v1/me`, {
        headers: { authorization: `Bearer ${expired}`, 'x-forwarded-for': '198.51.100.57' },
      }),
    );
    const owner = await fetch(`${api.baseUrl}/api/v1/me`, {
      headers: { authorization: `Bearer ${current}`, 'x-forwarded-for': '198.51.100.57' },
    });
    expect(owner.status).toBe(200);
  });

  it('allows the configured origins through CORS only', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.baseUrl}/api/v1/agencies`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight('https://portal.example.gov');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.gov');
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('takes the JSON depth limit from HTTP_JSON_MAX_DEPTH', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.60' },
      body: JSON.stringify({ sub: 'deep', roles: [[[[['organiser']]]]] }),
    });
    expectProblem(response, 400);
    expect((await jsonOf(response)).detail).toContain('4 levels');
  });

  it('serves /metrics only to METRICS_ALLOW', async () => {
    expectProblem(await fetch(`${api.baseUrl}/metrics`), 404);
    expect(
      (await fetch(`${api.baseUrl}/metrics`, { headers: { 'x-forwarded-for': '192.0.2.9' } })).status,
    ).toBe(200);
  });
});
