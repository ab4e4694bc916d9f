import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTVerifyGetKey } from 'jose';
import { AuthenticationError } from './authentication.error';
import { JwtVerifier } from './jwt-verifier';
import { VerifiedTokenCache } from './jwt-verifier.cache';

const ISSUER = 'urn:test:issuer';
const AUDIENCE = 'csg-api';

describe('VerifiedTokenCache (bounded LRU of verified tokens)', () => {
  it('keys entries by the SHA-256 of the token, never the token itself', () => {
    const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl';
    const key = VerifiedTokenCache.keyOf(token);
    expect(key).toHaveLength(43);
    expect(key).not.toContain('eyJ');
    expect(VerifiedTokenCache.keyOf(`${token}x`)).not.toBe(key);
  });

  it('serves an entry until the token expires, then never again', () => {
    const cache = new VerifiedTokenCache<string>();
    cache.set('k', 'alice', 1_000, 5_000, 1);
    expect(cache.get('k', 4_999, 1)).toBe('alice');
    expect(cache.get('k', 5_000, 1)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never keeps an entry longer than maxTtlMs, whatever the token says', () => {
    const cache = new VerifiedTokenCache<string>({ maxTtlMs: 1_000 });
    cache.set('k', 'alice', 0, 3_600_000, 1);
    expect(cache.get('k', 999, 1)).toBe('alice');
    expect(cache.get('k', 1_000, 1)).toBeUndefined();
  });

  it('misses when the key set that verified the token is no longer the current one', () => {
    const cache = new VerifiedTokenCache<string>();
    cache.set('k', 'alice', 0, 10_000, 1);
    expect(cache.get('k', 1, 2)).toBeUndefined();
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = new VerifiedTokenCache<string>({ maxEntries: 2 });
    cache.set('a', 'A', 0, 10_000, 1);
    cache.set('b', 'B', 0, 10_000, 1);
    expect(cache.get('a', 1, 1)).toBe('A'); // a is now the most recent
    cache.set('c', 'C', 0, 10_000, 1);
    expect(cache.get('b', 1, 1)).toBeUndefined();
    expect(cache.get('a', 1, 1)).toBe('A');
    expect(cache.get('c', 1, 1)).toBe('C');
    expect(cache.size).toBe(2);
  });

  it('does not store an already expired token', () => {
    const cache = new VerifiedTokenCache<string>();
    cache.set('k', 'alice', 5_000, 5_000, 1);
    expect(cache.size).toBe(0);
  });
});

describe('JwtVerifier with verified tokens cached', () => {
  let keySet: JWTVerifyGetKey;
  let sign: (claims: Record<string, unknown>, expSeconds: number) => Promise<string>;
  let keyLookups: number;
  let clock: number;

  const verifier = (options: { cache?: false } = {}) =>
    new JwtVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['ES256'],
      clockToleranceSeconds: 30,
      keys: {
        keySet: (...args) => {
          keyLookups++;
          return keySet(...args);
        },
      },
      now: () => clock,
      ...(options.cache === false ? { verifiedTokens: false as const } : {}),
    });

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    keySet = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] });
    sign = (claims, exp) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('user-1')
        .setIssuedAt(Math.floor(clock / 1000))
        .setExpirationTime(exp)
        .sign(privateKey);
  });

  beforeEach(() => {
    keyLookups = 0;
    clock = Date.UTC(2026, 11, 1, 7, 0, 0);
  });

  it('checks the signature of a token once and answers later requests from the cache', async () => {
    const v = verifier();
    const token = await sign({ roles: ['organiser'] }, Math.floor(clock / 1000) + 300);
    const first = await v.verify(token);
    const again = await v.verify(token);
    expect(again).toEqual({ sub: 'user-1', platformRoles: ['organiser'] });
    expect(again).toBe(first);
    expect(Object.isFrozen(again)).toBe(true);
    expect(keyLookups).toBe(1);
  });

  it('refuses a cached token once it expires (the cache holds it until exp, no tolerance)', async () => {
    const v = verifier();
    const token = await sign({}, Math.floor(clock / 1000) + 60);
    await v.verify(token);
    clock += 61_000; // past exp, inside the 30 s tolerance: checked again, and still accepted
    await expect(v.verify(token)).resolves.toMatchObject({ sub: 'user-1' });
    expect(keyLookups).toBe(2);
    clock += 30_000; // past the tolerance
    const error = await v.verify(token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).reason).toBe('expired');
  });

  it('never caches a refusal: a tampered copy of a cached token is refused', async () => {
    const v = verifier();
    const token = await sign({}, Math.floor(clock / 1000) + 300);
    await v.verify(token);
    const [header, , signature] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: 'admin', exp: 9e9 })).toString('base64url')}.${signature}`;
    const error = await v.verify(forged).catch((e: unknown) => e);
    expect((error as AuthenticationError).reason).toBe('bad-signature');
    await expect(v.verify(forged)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('checks every request when the cache is off', async () => {
    const v = verifier({ cache: false });
    const token = await sign({}, Math.floor(clock / 1000) + 300);
    await v.verify(token);
    await v.verify(token);
    expect(keyLookups).toBe(2);
  });
});
