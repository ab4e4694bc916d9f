import { randomUUID } from 'node:crypto';
import {
  claimsOf,
  headerOf,
  KEYCLOAK_TEST_ADMIN,
  KeycloakAdmin,
  passwordGrant,
  startTestKeycloak,
  type TestKeycloak,
  type TokenResponse,
} from '@csg/testing/keycloak';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
import { createEmbeddedPlatform, EMBEDDED_DATABASES, type EmbeddedPlatform } from '../src/embedded-platform';
import { listenOnFreePort } from './platform-test-harness';

const PASSWORD = 'Test-password-1';
/** The platform refreshes the realm's key set this often in this suite (default 10 min). */
const JWKS_MAX_AGE_SECONDS = 2;

/**
 * Sign-in through the real identity provider the project ships for: Keycloak (deploy/keycloak-dev)
 * with the shipped realm (deploy/keycloak/csg-realm.json) imported as is. The test-only client and
 * users are created through Keycloak's admin API; the shipped clients refuse the password grant.
 */
describe('OIDC sign-in against Keycloak with the shipped realm', () => {
  let keycloak: TestKeycloak;
  let admin: KeycloakAdmin;
  let platform: EmbeddedPlatform;
  let baseUrl: string;
  let realmUrl: string;
  const databases: Record<string, TestDatabase> = {};
  const logLines: string[] = [];
  let restoreStdout: () => void;
  let testClientSecret: string;
  let organiser: TokenResponse;
  let person: TokenResponse;
  /** Issued at the start so the wait for its expiry overlaps the other checks. */
  let shortLived: TokenResponse;

  const grant = (clientId: string, secret: string, username: string) =>
    passwordGrant(realmUrl, clientId, secret, username, PASSWORD);

  const call = (method: string, path: string, bearer?: string, body?: unknown) =>
    fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const agencyBody = () => ({
    name: 'Keycloak test agency',
    acronym: `K${randomUUID().slice(0, 8)}`,
    tier: 'FEDERAL',
    sector: 'OTHER',
    contactEmail: 'kc@example.gov',
  });

  /** The platform's `warn` lines about refused tokens, parsed. */
  const refusals = () =>
    logLines
      .filter((l) => l.startsWith('{') && l.includes('"token refused"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    keycloak = await startTestKeycloak();
    realmUrl = keycloak.issuer;
    admin = await KeycloakAdmin.login(
      keycloak.baseUrl,
      KEYCLOAK_TEST_ADMIN.username,
      KEYCLOAK_TEST_ADMIN.password,
    );
    testClientSecret = await admin.createClient('csg-test', { audience: 'csg-api' });
    await admin.createClient('csg-other-audience', {});
    await admin.createClient('csg-no-sub', { audience: 'csg-api', defaultScopes: ['roles'] });
    await admin.createClient('csg-short', { audience: 'csg-api', lifespanSeconds: 1 });
    await admin.createUser('organiser-kc', PASSWORD, ['organiser']);
    await admin.createUser('person-kc', PASSWORD);

    shortLived = await grant('csg-short', 'secret-csg-short', 'organiser-kc');
    organiser = await grant('csg-test', testClientSecret, 'organiser-kc');
    person = await grant('csg-test', testClientSecret, 'person-kc');

    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
    restoreStdout = () => {
      process.stdout.write = write;
    };

    Object.assign(process.env, {
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: keycloak.issuer,
      OIDC_AUDIENCE: 'csg-api',
      OIDC_JWKS_URL: keycloak.jwksUrl,
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_JWKS_MAX_AGE_SECONDS: String(JWKS_MAX_AGE_SECONDS),
    });
    for (const service of Object.keys(EMBEDDED_DATABASES))
      databases[service] = await createTestDatabase(`oidc_${service}`);
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db.url])) as never;
    platform = await createEmbeddedPlatform({ databaseUrls: urls });
    baseUrl = (await listenOnFreePort(platform.app)).baseUrl;
  }, 300_000); // Keycloak alone may take two minutes to start on a busy machine

  afterAll(async () => {
    restoreStdout?.();
    await platform?.stop();
    for (const db of Object.values(databases)) await db.drop();
    await keycloak?.stop();
    for (const name of [
      'OIDC_ISSUER',
      'OIDC_AUDIENCE',
      'OIDC_JWKS_URL',
      'OIDC_ROLES_CLAIM',
      'OIDC_JWKS_MAX_AGE_SECONDS',
    ])
      delete process.env[name];
  });

  it('imports the shipped realm without warnings', () => {
    const warnings = keycloak
      .log()
      .split('\n')
      .filter((l) => /\bWARN\b/.test(l) && /realm|scope|import/i.test(l));
    expect(warnings).toEqual([]);
    expect(keycloak.log()).toContain("Realm 'csg' imported");
  });

  it('puts sub, realm_access.roles and the csg-api audience in the access token', () => {
    const claims = claimsOf(organiser.access_token);
    expect(typeof claims.sub).toBe('string');
    expect((claims.realm_access as { roles: string[] }).roles).toContain('organiser');
    expect([claims.aud].flat()).toContain('csg-api');
  });

  it('lets an organiser register an ACTIVE agency', async () => {
    const response = await call('POST', '/agencies', organiser.access_token, agencyBody());
    expect(response.status).toBe(201);
    expect(((await response.json()) as { status: string }).status).toBe('ACTIVE');
  });

  it('turns a plain user’s registration into a pending application the user cannot verify', async () => {
    const response = await call('POST', '/agencies', person.access_token, agencyBody());
    expect(response.status).toBe(201);
    const agency = (await response.json()) as { id: string; status: string };
    expect(agency.status).toBe('PENDING_VERIFICATION');
    expect((await call('POST', `/agencies/${agency.id}/verify`, person.access_token)).status).toBe(403);
    expect((await call('POST', `/agencies/${agency.id}/verify`, organiser.access_token)).status).toBe(200);
  });

  it('refuses a master-realm token, another audience, an ID token and a refresh token with 401', async () => {
    const master = await passwordGrant(
      `${keycloak.baseUrl}/realms/master`,
      'admin-cli',
      undefined,
      KEYCLOAK_TEST_ADMIN.username,
      KEYCLOAK_TEST_ADMIN.password,
    );
    const otherAudience = await grant('csg-other-audience', 'secret-csg-other-audience', 'organiser-kc');
    expect([claimsOf(otherAudience.access_token).aud].flat()).not.toContain('csg-api');
    // Each is refused for its own reason, which goes to the log only.
    const cases = [
      { name: 'master realm', bearer: master.access_token, reason: 'unknown-key' },
      { name: 'another audience', bearer: otherAudience.access_token, reason: 'wrong-audience' },
      { name: 'ID token', bearer: organiser.id_token!, reason: 'wrong-audience' },
      { name: 'refresh token', bearer: organiser.refresh_token!, reason: 'algorithm-not-allowed' },
    ];
    for (const { name, bearer, reason } of cases) {
      const logged = refusals().length;
      const response = await call('GET', '/me', bearer);
      expect({ name, status: response.status }).toEqual({ name, status: 401 });
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
      expect(((await response.json()) as { code?: string }).code).toBe('AUTH.INVALID_CREDENTIALS');
      expect({ name, reason: refusals()[logged]?.reason }).toEqual({ name, reason });
    }
  });

  it('answers 401 to a token without sub and logs why, with the token’s kid, iss and aud but never the token', async () => {
    const noSub = await grant('csg-no-sub', 'secret-csg-no-sub', 'organiser-kc');
    expect(claimsOf(noSub.access_token).sub).toBeUndefined();
    const response = await call('GET', '/me', noSub.access_token);
    expect(response.status).toBe(401);
    const line = refusals().find((r) => r.reason === 'missing-claim' || r.reason === 'invalid-claim');
    expect(line).toMatchObject({
      level: 'warn',
      kid: headerOf(noSub.access_token).kid,
      iss: keycloak.issuer,
    });
    expect(typeof line?.correlationId).toBe('string');
    expect(logLines.join('\n')).not.toContain(noSub.access_token);
    expect(logLines.join('\n')).not.toContain(noSub.access_token.split('.')[2]);
  });

  it('says Bearer without an error code when a protected route gets no token at all', async () => {
    const response = await call('GET', '/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="[^"]+"$/);
  });

  it('has no development token route in OIDC mode', async () => {
    expect((await call('POST', '/dev/tokens', undefined, { sub: 'x' })).status).toBe(404);
  });

  it('answers AUTH.TOKEN_EXPIRED once a token is past its expiry and the 30 s tolerance', async () => {
    const expiresAt = Number(claimsOf(shortLived.access_token).exp) * 1000;
    await waitFor(async () => Date.now() > expiresAt + 31_000, {
      what: 'the clock past exp + 30 s',
      timeoutMs: 60_000,
    });
    const response = await call('GET', '/me', shortLived.access_token);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('AUTH.TOKEN_EXPIRED');
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  // Last: it removes the realm's original keys, which the other checks' tokens are signed with.
  it('accepts a new key after a rotation and refuses the removed key’s tokens once the cache refreshed', async () => {
    const before = await grant('csg-test', testClientSecret, 'organiser-kc');
    const oldKid = headerOf(before.access_token).kid;
    expect((await call('GET', '/me', before.access_token)).status).toBe(200);
    const oldProviders = await admin.rsaKeyProviders();

    await admin.addRsaKey(`rotated-${Date.now()}`, 500);
    const after = await grant('csg-test', testClientSecret, 'organiser-kc');
    expect(headerOf(after.access_token).kid).not.toBe(oldKid);
    // An unknown kid refetches the key set (at most once per 30 s; here it is also refreshed every 2 s).
    // Poll once a second: every refused poll (`unknown-key` proves nobody, ADR 57) counts against
    // this address's authentication-failure limit (100 a minute).
    await waitFor(async () => (await call('GET', '/me', after.access_token)).status === 200, {
      what: 'the new key fetched and accepted',
      timeoutMs: 40_000,
      intervalMs: 1_000,
    });

    for (const provider of oldProviders) await admin.removeComponent(provider.id);
    await waitFor(async () => (await call('GET', '/me', before.access_token)).status === 401, {
      what: 'the removed key refused after the key set refreshed',
      timeoutMs: 30_000,
      intervalMs: 1_000,
    });
    expect((await call('GET', '/me', after.access_token)).status).toBe(200);
  });
});
