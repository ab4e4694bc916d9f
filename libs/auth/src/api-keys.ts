import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_PREFIX = 'csg_';
/** Random bytes per key: the first 12 characters (72 bits) become the public key id, and the
 * remaining 44 characters still carry 264 bits, above the 256-bit (32-byte) floor. */
export const API_KEY_RANDOM_BYTES = 42;
export const API_KEY_ID_LENGTH = 12;
const BODY = /^[A-Za-z0-9_-]+$/;
const MIN_BODY_LENGTH = 43; // base64url of 32 bytes
const MAX_BODY_LENGTH = 256;

export interface GeneratedApiKey {
  /** `csg_<base64url>`: shown to its owner once, never stored. */
  key: string;
  /** Non-secret lookup id (the key's first characters after `csg_`); store and display it. */
  keyId: string;
  /** SHA-256 of the key, hex: the only form in which the key is stored. */
  hash: string;
}

export interface ParsedApiKey {
  key: string;
  keyId: string;
}

export function generateApiKey(): GeneratedApiKey {
  const key = `${API_KEY_PREFIX}${randomBytes(API_KEY_RANDOM_BYTES).toString('base64url')}`;
  return { key, keyId: apiKeyId(key), hash: hashApiKey(key) };
}

/**
 * SHA-256 (hex). A slow password hash is unnecessary: keys carry 256+ random bits, so the hash
 * cannot be brute-forced, and a fast hash keeps per-request verification cheap.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Compares the key's hash with the stored one in constant time. */
export function verifyApiKey(key: string, storedHash: string): boolean {
  const wellFormed = /^[0-9a-f]{64}$/i.test(storedHash);
  const expected = wellFormed ? Buffer.from(storedHash, 'hex') : Buffer.alloc(32);
  const equal = timingSafeEqual(Buffer.from(hashApiKey(key), 'hex'), expected);
  return equal && wellFormed;
}

/** The public lookup id of a well-formed key. */
export function apiKeyId(key: string): string {
  return key.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + API_KEY_ID_LENGTH);
}

export function isApiKeyFormat(value: string): boolean {
  if (!value.startsWith(API_KEY_PREFIX)) return false;
  const body = value.slice(API_KEY_PREFIX.length);
  return body.length >= MIN_BODY_LENGTH && body.length <= MAX_BODY_LENGTH && BODY.test(body);
}

/**
 * Reads an `Authorization` header that carries an API key (`Bearer csg_…`); anything else
 * (a JWT, another scheme, extra parts) gives null so the caller can try other credentials.
 */
export function parseApiKey(header: string | undefined | null): ParsedApiKey | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match) return null;
  const key = match[1];
  return isApiKeyFormat(key) ? { key, keyId: apiKeyId(key) } : null;
}
