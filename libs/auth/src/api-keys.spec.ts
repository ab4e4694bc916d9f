import { createHash } from 'node:crypto';
import { generateApiKey, hashApiKey, parseApiKey, verifyApiKey } from './api-keys';

describe('API keys', () => {
  it('have the format csg_<base64url of 42 random bytes>, with a 12-character public key id', () => {
    const { key, keyId } = generateApiKey();
    expect(key).toMatch(/^csg_[A-Za-z0-9_-]{56}$/);
    expect(Buffer.from(key.slice(4), 'base64url')).toHaveLength(42);
    expect(keyId).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(key.startsWith(`csg_${keyId}`)).toBe(true);
  });

  it('are unique', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('are stored only as a SHA-256 hash, which does not contain the key', () => {
    const { key, hash } = generateApiKey();
    expect(hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(hash).toBe(hashApiKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(key.slice(4, 20));
  });

  it('verify against the stored hash', () => {
    const { key, hash } = generateApiKey();
    expect(verifyApiKey(key, hash)).toBe(true);
    expect(verifyApiKey(key, hash.toUpperCase())).toBe(true);
  });

  it('a wrong key fails verification', () => {
    const { key, hash } = generateApiKey();
    const flipped = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    expect(verifyApiKey(flipped, hash)).toBe(false);
    expect(verifyApiKey(generateApiKey().key, hash)).toBe(false);
    expect(verifyApiKey('', hash)).toBe(false);
    expect(verifyApiKey(key, '')).toBe(false);
    expect(verifyApiKey(key, 'zz'.repeat(32))).toBe(false);
    expect(verifyApiKey(key, hash.slice(0, 62))).toBe(false);
  });

  it('parseApiKey accepts `Bearer csg_…` only', () => {
    const { key, keyId } = generateApiKey();
    expect(parseApiKey(`Bearer ${key}`)).toEqual({ key, keyId });
    expect(parseApiKey(`bearer ${key}`)).toEqual({ key, keyId });
    expect(parseApiKey(key)).toBeNull();
    expect(parseApiKey(`Basic ${key}`)).toBeNull();
    expect(parseApiKey(`Bearer ${key} extra`)).toBeNull();
    expect(parseApiKey('Bearer csg_tooShort')).toBeNull();
    expect(parseApiKey(`Bearer ${key.replace('csg_', 'cs9_')}`)).toBeNull();
    expect(parseApiKey(`Bearer ${key}!`)).toBeNull();
    expect(parseApiKey('Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln')).toBeNull();
    expect(parseApiKey(undefined)).toBeNull();
    expect(parseApiKey('')).toBeNull();
  });
});
