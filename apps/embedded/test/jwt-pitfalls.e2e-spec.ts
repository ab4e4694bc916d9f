import fc from 'fast-check';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { startJwksServer, type JwksServer } from '../../../libs/auth/test/jwks-server.fixture';
import { createEmbeddedPlatform, EMBEDDED_DATABASES, type EmbeddedPlatform } from '../src/embedded-platform';
import { getJson, listenOnFreePort } from './platform-test-harness';

const ISSUER = 'https://sso.example.gov/realms/csg';
const AUDIENCE = 'csg-api';
const unknownAgency = '00000000-0000-4000-8000-000000000000';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * The platform in OIDC mode against a JWKS endpoint of the test's own: every way a token can be
 * wrong answers 401 with the same problem document, which says nothing about why.
 */
describe('bearer tokens through HTTP (OIDC mode)', () => {
  let platform: EmbeddedPlatform;
  let baseUrl: string;
  let jwks: JwksServer;
  let privateKey: Parameters<SignJWT['sign']>[0];
  let publicPem: string;
  const databases: Record<string, TestDatabase> = {};

  const token = (
    claims: Record<string, unknown> = {},
    options: { kid?: string; exp?: number | null; iss?: string; aud?: string } = {},
  ) => {
    const jwt = new SignJWT({ realm_access: { roles: ['organiser'] }, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'k1' })
      .setSubject(typeof claims.sub === 'string' ? claims.sub : 'organiser-1')
      .setIssuer(options.iss ?? ISSUER)
      .setAudience(options.aud ?? AUDIENCE)
      .setIssuedAt();
    if (options.exp !== null) jwt.setExpirationTime(options.exp ?? '10m');
    return jwt.sign(privateKey);
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    publicPem = JSON.stringify(jwk);
    jwks = await startJwksServer({ keys: [jwk] });
    Object.assign(process.env, {
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: ISSUER,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_JWKS_URL: jwks.url,
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      // This suite fails authentication on purpose many times; the limits are proven in edge.e2e-spec.
      RATE_LIMIT_AUTH_FAILURES_PER_ADDRESS: '100000',
      RATE_LIMIT_AUTH_FAILURES_PER_PRINCIPAL: '100000',
    });
    for (const service of Object.keys(EMBEDDED_DATABASES))
      databases[service] = await createTestDatabase(`jwt_${service}`);
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db.url])) as never;
    platform = await createEmbeddedPlatform({ databaseUrls: urls });
    baseUrl = (await listenOnFreePort(platform.app)).baseUrl;
  });

  afterAll(async () => {
    await platform?.stop();
    await jwks?.close();
    for (const db of Object.values(databases)) await db.drop();
  });

  const countRows = async () => {
    const client = new Client({ connectionString: databases.agencies.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT (SELECT count(*) FROM agencies)::int AS agencies, (SELECT count(*) FROM members)::int AS members',
      );
      return rows[0] as { agencies: number; members: number };
    } finally {
      await client.end();
    }
  };

  const call = (bearer: string) =>
    getJson(`${baseUrl}/api/v1/agencies/${unknownAgency}`, { authorization: `Bearer ${bearer}` });

  it('accepts a well-formed token and takes the roles from realm_access.roles', async () => {
    expect((await call(await token())).status).toBe(404);
  });

  it('has no development token route in OIDC mode', async () => {
    const response = await fetch(`${baseUrl}/api/v1/dev/tokens`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(404);
  });

  const pitfalls: Array<[string, () => Promise<string>]> = [
    [
      'alg none',
      async () =>
        `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: 9e9 })}.`,
    ],
    [
      'HS256 signed with the public key',
      () =>
        new SignJWT({ sub: 'x' })
          .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('10m')
          .sign(new TextEncoder().encode(publicPem)),
    ],
    ['a wrong issuer', () => token({}, { iss: 'https://evil.example/realms/csg' })],
    ['a wrong audience', () => token({}, { aud: 'another-api' })],
    ['no exp', () => token({}, { exp: null })],
    ['an nbf in the future', () => token({ nbf: Math.floor(Date.now() / 1000) + 3600 })],
    ['an unknown kid', () => token({}, { kid: 'k-unknown' })],
    [
      'a tampered payload',
      async () => {
        const [h, , s] = (await token()).split('.');
        return `${h}.${b64url({ sub: 'admin', iss: ISSUER, aud: AUDIENCE, exp: 9e9, realm_access: { roles: ['platform-admin'] } })}.${s}`;
      },
    ],
    ['garbage', async () => 'not-a-jwt'],
  ];

  it.each(pitfalls)(
    'refuses %s with 401 and a problem document that leaks no detail',
    async (_name, make) => {
      const response = await call(await make());
      expect(response.status).toBe(401);
      expect(response.contentType).toContain('application/problem+json');
      const { instance: _instance, ...problem } = response.body;
      expect(problem).toEqual(
        expect.objectContaining({ status: 401, title: 'Unauthorized', detail: expect.any(String) }),
      );
      expect(problem.code).toBe('AUTH.INVALID_CREDENTIALS');
      expect(JSON.stringify(problem)).not.toMatch(/issuer|audience|kid|alg|signature|expired|nbf|none/i);
    },
  );

  // What a token says is input too (quality.md, security 9): claims break the API's field rules.
  const badClaims: Array<[string, Record<string, unknown>]> = [
    ['a NUL byte in sub', { sub: 'organiser\u0000-1' }],
    ['a lone surrogate in sub', { sub: 'organiser-\ud800' }],
    ['a NUL byte in name', { name: 'Ayesha\u0000Khan' }],
    ['a 10,000-character name', { name: 'n'.repeat(10_000) }],
    ['a malformed email', { email: 'not an address' }],
    ['a lone surrogate in email', { email: 'a\udc00@example.gov' }],
    ['a 300-character sub', { sub: 's'.repeat(300) }],
  ];

  it.each(badClaims)(
    'refuses a genuine token with %s: 401, never a 500, nothing stored',
    async (_name, claims) => {
      const bearer = await token(claims);
      const before = await countRows();
      for (const [method, path, body] of [
        ['GET', 'me', undefined],
        [
          'POST',
          'agencies',
          {
            name: 'Claims Agency',
            acronym: 'CLM',
            tier: 'FEDERAL',
            sector: 'HEALTH',
            contactEmail: 'c@example.gov',
          },
        ],
      ] as const) {
        const response = await fetch(`${baseUrl}/api/v1/${path}`, {
          method,
          headers: {
            authorization: `Bearer ${bearer}`,
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        });
        expect(response.status).toBe(401);
        expect(((await response.json()) as { code?: string }).code).toBe('AUTH.INVALID_CREDENTIALS');
      }
      expect(await countRows()).toEqual(before);
    },
  );

  it('answers any claims with 2xx or 401, never a 500', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('\u0000', '\ud800', 'x'.repeat(5_000), 'a@b.c', ''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ sub: text, name: text, email: text }, { requiredKeys: ['sub'] }),
        async (claims) => {
          const response = await call(await token(claims));
          expect([401, 404]).toContain(response.status);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('tells the holder of a genuine but expired token that it expired, so the client refreshes it', async () => {
    const response = await call(await token({}, { exp: Math.floor(Date.now() / 1000) - 3600 }));
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTH.TOKEN_EXPIRED');
  });
});
