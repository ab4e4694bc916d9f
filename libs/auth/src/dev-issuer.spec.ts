import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { AuthenticationError } from './authentication.error';
import { openAuthentication, verifierForDevIssuer } from './auth.factory';
import { loadAuthConfig } from './auth.config';
import { DevIssuer } from './dev-issuer';
import { assertDevModeAllowed, DevModeForbiddenError } from './dev-mode.guard';

const ISSUER = 'http://localhost:3000/api/v1/dev';
const DEV_ENV = { NODE_ENV: 'development' };

describe('DevIssuer (AUTH_MODE=dev)', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'csg-dev-issuer-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const open = (extra: Partial<Parameters<typeof DevIssuer.open>[0]> = {}) =>
    DevIssuer.open({ dataDir, issuer: ISSUER, env: DEV_ENV, ...extra });

  it('mints a token the verifier accepts (round trip), with iss, aud csg-api, 1 h expiry and a kid', async () => {
    const issuer = await open();
    const token = await issuer.mint({
      sub: 'dev-user',
      name: 'Dev User',
      email: 'dev@x.gov',
      roles: ['organiser'],
    });
    await expect(verifierForDevIssuer(issuer).verify(token)).resolves.toEqual({
      sub: 'dev-user',
      name: 'Dev User',
      email: 'dev@x.gov',
      platformRoles: ['organiser'],
    });
    const header = decodeProtectedHeader(token);
    const claims = decodeJwt(token);
    expect(header).toMatchObject({ alg: 'ES256', kid: issuer.kid, typ: 'JWT' });
    expect(claims).toMatchObject({ iss: ISSUER, aud: 'csg-api', sub: 'dev-user', roles: ['organiser'] });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
  });

  it('mints RS256 tokens when asked to create an RS256 key', async () => {
    const issuer = await open({ algorithm: 'RS256' });
    expect(decodeProtectedHeader(await issuer.mint({ sub: 'u' })).alg).toBe('RS256');
    await expect(verifierForDevIssuer(issuer).verify(await issuer.mint({ sub: 'u' }))).resolves.toMatchObject(
      { sub: 'u' },
    );
  });

  it('keeps its keys across reopen (a token minted before a restart still verifies)', async () => {
    const first = await open();
    const token = await first.mint({ sub: 'u', roles: [] });
    const second = await open({ algorithm: 'RS256' }); // the stored key wins over the option
    expect(second.kid).toBe(first.kid);
    expect(second.algorithm).toBe('ES256');
    await expect(verifierForDevIssuer(second).verify(token)).resolves.toMatchObject({ sub: 'u' });
  });

  it('stores the private key set at <dataDir>/dev-issuer/jwks-private.json with mode 0600', async () => {
    const issuer = await open();
    expect(issuer.keyFile).toBe(join(dataDir, 'dev-issuer', 'jwks-private.json'));
    expect((await stat(issuer.keyFile)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(issuer.keyFile, 'utf8')) as {
      keys: Array<Record<string, unknown>>;
    };
    expect(stored.keys[0]).toMatchObject({
      kid: issuer.kid,
      alg: 'ES256',
      use: 'sig',
      d: expect.any(String),
    });
  });

  it('serves a public JWKS without private members', async () => {
    const jwks = (await open()).jwks();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', use: 'sig', alg: 'ES256' });
  });

  it('ends up with one key when several processes start together', async () => {
    const issuers = await Promise.all(Array.from({ length: 5 }, () => open()));
    expect(new Set(issuers.map((i) => i.kid)).size).toBe(1);
  });

  it('tokens of another dev issuer (another key) are rejected', async () => {
    const other = await DevIssuer.open({ dataDir: join(dataDir, 'other'), issuer: ISSUER, env: DEV_ENV });
    const error = await verifierForDevIssuer(await open())
      .verify(await other.mint({ sub: 'u' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).reason).toBe('unknown-key');
  });

  it('refuses to start with NODE_ENV=production', async () => {
    await expect(open({ env: { NODE_ENV: 'production', AUTH_MODE: 'dev' } })).rejects.toBeInstanceOf(
      DevModeForbiddenError,
    );
    expect(() => assertDevModeAllowed({ NODE_ENV: 'production', AUTH_MODE: 'dev' })).toThrow(
      DevModeForbiddenError,
    );
    expect(() => loadAuthConfig({ NODE_ENV: 'production', AUTH_MODE: 'dev' })).toThrow(DevModeForbiddenError);
    const config = loadAuthConfig({ AUTH_MODE: 'dev', AUTH_DEV_DATA_DIR: dataDir });
    await expect(openAuthentication(config, { NODE_ENV: 'production' })).rejects.toBeInstanceOf(
      DevModeForbiddenError,
    );
    expect(() => assertDevModeAllowed({ NODE_ENV: 'production', AUTH_MODE: 'oidc' })).not.toThrow();
    expect(() => assertDevModeAllowed({ NODE_ENV: 'development', AUTH_MODE: 'dev' })).not.toThrow();
  });

  it('openAuthentication in dev mode verifies the dev issuer tokens without any HTTP fetch', async () => {
    const config = loadAuthConfig({ AUTH_MODE: 'dev', AUTH_DEV_DATA_DIR: dataDir, PORT: '4100' });
    const { verifier, devIssuer } = await openAuthentication(config, DEV_ENV);
    expect(devIssuer?.issuer).toBe('urn:csg:dev-issuer');
    expect(verifier.jwks).toBeUndefined();
    const token = await devIssuer!.mint({ sub: 'u', roles: ['platform-admin'] });
    await expect(verifier.verify(token)).resolves.toMatchObject({ platformRoles: ['platform-admin'] });
  });

  it('refuses silly expiries and an empty sub', async () => {
    const issuer = await open();
    await expect(issuer.mint({ sub: 'u' }, { expiresInSeconds: 0 })).rejects.toThrow(RangeError);
    await expect(issuer.mint({ sub: ' ' })).rejects.toThrow(TypeError);
  });
});
