import {
  base64url,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import { deadUrl, startJwksServer, type JwksServer } from '../test/jwks-server.fixture';
import { AuthenticationError, type AuthFailureReason } from './authentication.error';
import { JwtVerifier, type JwtVerifierConfig } from './jwt-verifier';
import type { RemoteJwksOptions } from './remote-jwks.cache';

const ISSUER = 'https://idp.test/realms/csg';
const AUDIENCE = 'csg-api';

interface TestKey {
  kid: string;
  alg: string;
  privateJwk: JWK;
  publicKey: CryptoKey;
  jwk: JWK;
}

async function makeKey(kid: string, alg: 'RS256' | 'ES256'): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  return { kid, alg, privateJwk, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, use: 'sig' } };
}

const now = () => Math.floor(Date.now() / 1000);

/** A token with sensible defaults; pass `undefined` for a claim to leave it out. */
async function sign(
  key: TestKey,
  claims: JWTPayload = {},
  header: { alg?: string; kid?: string } = {},
): Promise<string> {
  const payload: JWTPayload = {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'user-1',
    iat: now(),
    exp: now() + 300,
    ...claims,
  };
  for (const k of Object.keys(payload)) if (payload[k] === undefined) delete payload[k];
  const alg = header.alg ?? key.alg;
  // WebCrypto binds a key to one algorithm: import the private key for the one asked for.
  return new SignJWT(payload)
    .setProtectedHeader({ alg, kid: header.kid ?? key.kid, typ: 'JWT' })
    .sign(await importJWK(key.privateJwk, alg));
}

async function rejection(verifier: JwtVerifier, token: string): Promise<AuthenticationError> {
  const error = await verifier.verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  return error as AuthenticationError;
}

async function expectRejected(
  verifier: JwtVerifier,
  token: string,
  reason: AuthFailureReason,
): Promise<void> {
  const error = await rejection(verifier, token);
  expect(error.reason).toBe(reason);
  // The public message never says why.
  expect(error.message).not.toMatch(/alg|iss|aud|exp|nbf|kid|signature|jwks/i);
}

describe('JwtVerifier (OIDC bearer tokens against a JWKS endpoint)', () => {
  let rsa: TestKey;
  let ec: TestKey;
  let rotated: TestKey;
  let stranger: TestKey;
  let server: JwksServer;

  const verifierFor = (
    overrides: Partial<JwtVerifierConfig> = {},
    cache: Omit<RemoteJwksOptions, 'url'> = {},
  ) =>
    new JwtVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      keys: { jwksUrl: server.url, cache },
      ...overrides,
    });

  beforeAll(async () => {
    [rsa, ec, rotated, stranger] = await Promise.all([
      makeKey('rsa-1', 'RS256'),
      makeKey('ec-1', 'ES256'),
      makeKey('rsa-2', 'RS256'),
      makeKey('stranger', 'RS256'),
    ]);
  });

  beforeEach(async () => {
    server = await startJwksServer({ keys: [rsa.jwk, ec.jwk] });
  });

  afterEach(() => server.close());

  describe('accepts', () => {
    it('a valid RS256 token, with platform roles from `roles` (unknown roles ignored)', async () => {
      const token = await sign(rsa, {
        name: 'Ayesha',
        email: 'a@x.gov',
        roles: ['organiser', 'offline_access'],
      });
      await expect(verifierFor().verify(token)).resolves.toEqual({
        sub: 'user-1',
        name: 'Ayesha',
        email: 'a@x.gov',
        platformRoles: ['organiser'],
      });
    });

    it('a valid ES256 token with Keycloak roles from `realm_access.roles` (OIDC_ROLES_CLAIM)', async () => {
      const token = await sign(ec, {
        realm_access: { roles: ['platform-admin', 'uma_authorization'] },
        roles: ['organiser'],
      });
      const identity = await verifierFor({ rolesClaim: 'realm_access.roles' }).verify(token);
      expect(identity.platformRoles).toEqual(['platform-admin']);
    });

    it('a valid PS256 token (default allow-list RS256, ES256, PS256)', async () => {
      await expect(verifierFor().verify(await sign(rsa, {}, { alg: 'PS256' }))).resolves.toMatchObject({
        sub: 'user-1',
      });
    });

    it('a token expired 10 s ago, inside the 30 s clock tolerance', async () => {
      await expect(verifierFor().verify(await sign(rsa, { exp: now() - 10 }))).resolves.toMatchObject({
        sub: 'user-1',
      });
    });

    it('no roles claim: no platform roles', async () => {
      await expect(verifierFor().verify(await sign(rsa))).resolves.toMatchObject({ platformRoles: [] });
    });
  });

  describe('rejects', () => {
    it('alg none (unsecured JWT)', async () => {
      const enc = (o: object) => base64url.encode(JSON.stringify(o));
      const payload = {
        iss: ISSUER,
        aud: AUDIENCE,
        sub: 'admin',
        exp: now() + 300,
        roles: ['platform-admin'],
      };
      const token = `${enc({ alg: 'none', typ: 'JWT' })}.${enc(payload)}.`;
      await expectRejected(verifierFor(), token, 'algorithm-not-allowed');
    });

    it('HS256 signed with the RSA public key (algorithm confusion)', async () => {
      const secret = new TextEncoder().encode(await exportSPKI(rsa.publicKey));
      const token = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'admin', exp: now() + 300 })
        .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
        .sign(secret);
      await expectRejected(verifierFor(), token, 'algorithm-not-allowed');
    });

    it('HS256 signed with the EC public JWK (algorithm confusion)', async () => {
      const secret = new TextEncoder().encode(JSON.stringify(ec.jwk));
      const token = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'admin', exp: now() + 300 })
        .setProtectedHeader({ alg: 'HS256', kid: ec.kid })
        .sign(secret);
      await expectRejected(verifierFor(), token, 'algorithm-not-allowed');
    });

    it('a configuration that allows HS256 or none', () => {
      expect(() => verifierFor({ algorithms: ['RS256', 'HS256'] })).toThrow(/asymmetric/);
      expect(() => verifierFor({ algorithms: ['none'] })).toThrow(/asymmetric/);
      expect(() => verifierFor({ algorithms: [] })).toThrow(/asymmetric/);
    });

    it('an algorithm outside the allow-list (RS256 when only ES256 is allowed; RS512 by default)', async () => {
      await expectRejected(verifierFor({ algorithms: ['ES256'] }), await sign(rsa), 'algorithm-not-allowed');
      await expectRejected(verifierFor(), await sign(rsa, {}, { alg: 'RS512' }), 'algorithm-not-allowed');
    });

    it('a wrong issuer', async () => {
      await expectRejected(verifierFor(), await sign(rsa, { iss: 'https://evil.test/' }), 'wrong-issuer');
    });

    it('a wrong audience', async () => {
      await expectRejected(verifierFor(), await sign(rsa, { aud: 'other-api' }), 'wrong-audience');
    });

    it('a missing exp', async () => {
      await expectRejected(verifierFor(), await sign(rsa, { exp: undefined }), 'missing-claim');
    });

    it('a missing sub', async () => {
      await expectRejected(verifierFor(), await sign(rsa, { sub: undefined }), 'missing-claim');
    });

    it('an expired token (beyond the clock tolerance), with the public code AUTH.TOKEN_EXPIRED', async () => {
      const error = await rejection(verifierFor(), await sign(rsa, { exp: now() - 120 }));
      expect(error.reason).toBe('expired');
      expect(error.code).toBe('AUTH.TOKEN_EXPIRED');
    });

    it('a future nbf', async () => {
      await expectRejected(verifierFor(), await sign(rsa, { nbf: now() + 300 }), 'not-yet-valid');
    });

    it('a tampered payload (bad signature)', async () => {
      const [h, , s] = (await sign(rsa)).split('.');
      const forged = base64url.encode(
        JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: 'admin', exp: now() + 300 }),
      );
      await expectRejected(verifierFor(), `${h}.${forged}.${s}`, 'bad-signature');
    });

    it('garbage', async () => {
      await expectRejected(verifierFor(), 'not-a-jwt', 'malformed');
      await expectRejected(verifierFor(), '', 'malformed');
    });

    it('an unknown kid (refetches the JWKS at most once per 30 s cooldown, then rejects)', async () => {
      let clock = 1_000_000;
      const verifier = verifierFor({}, { now: () => clock });
      await verifier.verify(await sign(rsa));
      expect(server.hits).toBe(1);
      clock += 1_000; // just fetched: an unknown kid does not refetch
      await expectRejected(verifier, await sign(stranger), 'unknown-key');
      expect(server.hits).toBe(1);
      clock += 30_000; // cooldown over: one refetch, the kid is still unknown
      await expectRejected(verifier, await sign(stranger), 'unknown-key');
      expect(server.hits).toBe(2);
      clock += 1_000; // a flood of random kids cannot make the verifier hammer the issuer
      for (const kid of ['a', 'b', 'c'])
        await expectRejected(verifier, await sign(stranger, {}, { kid }), 'unknown-key');
      expect(server.hits).toBe(2);
      server.jwks = { keys: [rsa.jwk, stranger.jwk] }; // the issuer publishes a new key
      clock += 30_000;
      await expect(verifier.verify(await sign(stranger))).resolves.toMatchObject({ sub: 'user-1' });
      expect(server.hits).toBe(3);
    });

    it('a key rotated away (the JWKS no longer lists it)', async () => {
      const verifier = verifierFor({}, { refetchCooldownMs: 0 });
      await expect(verifier.verify(await sign(rsa))).resolves.toMatchObject({ sub: 'user-1' });
      server.jwks = { keys: [rotated.jwk] };
      // A token from the new key triggers a refetch, which drops the old key.
      await expect(verifier.verify(await sign(rotated))).resolves.toMatchObject({ sub: 'user-1' });
      await expectRejected(verifier, await sign(rsa), 'unknown-key');
    });

    it('a key rotated away, once the cached key set reaches its max age', async () => {
      const verifier = verifierFor({}, { maxAgeMs: 0 });
      await expect(verifier.verify(await sign(rsa))).resolves.toBeDefined();
      server.jwks = { keys: [rotated.jwk] };
      await expectRejected(verifier, await sign(rsa), 'unknown-key');
    });

    it('when the JWKS endpoint is down with a cold cache (fails closed, AUTH.KEYS_UNAVAILABLE)', async () => {
      const verifier = new JwtVerifier({
        issuer: ISSUER,
        audience: AUDIENCE,
        keys: { jwksUrl: await deadUrl() },
      });
      const error = await rejection(verifier, await sign(rsa));
      expect(error.reason).toBe('keys-unavailable');
      expect(error.code).toBe('AUTH.KEYS_UNAVAILABLE');
      expect(error.message).not.toMatch(/ECONNREFUSED|fetch/);
    });

    it('when the JWKS endpoint answers 500 with a cold cache', async () => {
      server.status = 500;
      await expectRejected(verifierFor(), await sign(rsa), 'keys-unavailable');
    });
  });

  describe('JWKS cache', () => {
    it('keeps serving the last good key set while the endpoint is down, up to maxStaleMs', async () => {
      const verifier = verifierFor({}, { maxAgeMs: 0, failureBackoffMs: 0, maxStaleMs: 60_000 });
      await verifier.verify(await sign(rsa));
      server.status = 503;
      await expect(verifier.verify(await sign(rsa))).resolves.toMatchObject({ sub: 'user-1' });
    });

    it('fails closed once the last good key set is older than maxStaleMs', async () => {
      let clock = 1_000_000;
      const verifier = verifierFor(
        {},
        { maxAgeMs: 0, failureBackoffMs: 0, maxStaleMs: 50, now: () => clock },
      );
      await verifier.verify(await sign(rsa));
      server.status = 503;
      clock += 80;
      await expectRejected(verifier, await sign(rsa), 'keys-unavailable');
    });

    it('backs off after a failed fetch (no request storm) and recovers when the endpoint returns', async () => {
      server.status = 500;
      let clock = 1_000_000;
      const verifier = verifierFor({}, { failureBackoffMs: 200, now: () => clock });
      const token = await sign(rsa);
      await expectRejected(verifier, token, 'keys-unavailable');
      clock += 199;
      await expectRejected(verifier, token, 'keys-unavailable');
      expect(server.hits).toBe(1);
      server.status = 200;
      clock += 1;
      await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'user-1' });
    });

    it('fetches once for concurrent cold requests', async () => {
      const verifier = verifierFor();
      const token = await sign(rsa);
      await Promise.all(Array.from({ length: 10 }, () => verifier.verify(token)));
      expect(server.hits).toBe(1);
    });

    it('checks a token again once its key set is refreshed (a verified token is cached per key set)', async () => {
      let clock = 1_000_000;
      const verifier = verifierFor({}, { maxAgeMs: 60_000, now: () => clock });
      const token = await sign(rsa);
      await verifier.verify(token);
      server.jwks = { keys: [rotated.jwk] };
      await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'user-1' }); // cached, keys fresh
      expect(server.hits).toBe(1);
      clock += 60_000; // the key set is due: refreshed, and the token is checked against the new one
      await expectRejected(verifier, token, 'unknown-key');
      expect(server.hits).toBe(2);
    });

    it('refuses a key set with too many keys or too many bytes', async () => {
      await expectRejected(verifierFor({}, { maxKeys: 1 }), await sign(rsa), 'keys-unavailable');
      await expectRejected(verifierFor({}, { maxBytes: 100 }), await sign(rsa), 'keys-unavailable');
    });

    it('gives up on a JWKS endpoint that does not answer within timeoutMs', async () => {
      const { createServer } = await import('node:http');
      const silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const port = (silent.address() as { port: number }).port;
      try {
        const verifier = new JwtVerifier({
          issuer: ISSUER,
          audience: AUDIENCE,
          keys: { jwksUrl: `http://127.0.0.1:${port}/jwks`, cache: { timeoutMs: 200 } },
        });
        await expectRejected(verifier, await sign(rsa), 'keys-unavailable');
      } finally {
        silent.closeAllConnections();
        await new Promise((r) => silent.close(r));
      }
    });
  });
  describe('names the principal a refusal proved (ADR 0057: only those count against a credential)', () => {
    it.each([
      ['an expired token', { exp: now() - 120 }, 'expired'],
      ['a token not valid yet', { nbf: now() + 300 }, 'not-yet-valid'],
      ['a token whose `exp` is not a number', { exp: 'soon' as never }, 'invalid-claim'],
      ['a token whose name breaks the field rules', { name: 'a\u0000b' }, 'invalid-claim'],
    ])('%s signed by the issuer for this API proves its sub', async (_case, claims, reason) => {
      const error = await rejection(verifierFor(), await sign(rsa, { sub: 'victim', ...claims }));
      expect(error.reason).toBe(reason);
      expect(error.provenPrincipal).toBe('person:victim');
    });

    it('a token signed by a key the issuer does not hold proves nobody, whatever sub it names', async () => {
      for (const [token, reason] of [
        [await sign(stranger, { sub: 'victim' }), 'unknown-key'],
        [await sign(stranger, { sub: 'victim' }, { kid: rsa.kid }), 'bad-signature'],
        [await sign(stranger, { sub: 'victim', exp: now() - 120 }, { kid: rsa.kid }), 'bad-signature'],
      ] as const) {
        const error = await rejection(verifierFor(), token);
        expect(error.reason).toBe(reason);
        expect(error.provenPrincipal).toBeUndefined();
      }
    });

    it('a genuine token for another audience or issuer, or without exp, proves nobody to this API', async () => {
      for (const [claims, reason] of [
        [{ aud: 'other-api', exp: now() - 120 }, 'wrong-audience'],
        [{ iss: 'https://evil.test/', exp: now() - 120 }, 'wrong-issuer'],
        [{ exp: undefined }, 'missing-claim'],
      ] as const) {
        const error = await rejection(verifierFor(), await sign(rsa, { sub: 'victim', ...claims }));
        expect(error.reason).toBe(reason);
        expect(error.provenPrincipal).toBeUndefined();
      }
    });

    it('a malformed token or a tampered payload proves nobody', async () => {
      const [h, , s] = (await sign(rsa)).split('.');
      const forged = base64url.encode(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: 'victim', exp: 1 }));
      for (const token of [`${h}.${forged}.${s}`, `${h}.${forged}.`, 'not-a-jwt']) {
        expect((await rejection(verifierFor(), token)).provenPrincipal).toBeUndefined();
      }
    });
  });
});
