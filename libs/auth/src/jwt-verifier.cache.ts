import { createHash } from 'node:crypto';

/** What a verified token proved, kept until the token expires. */
export interface CachedVerification<T> {
  value: T;
  /** Epoch ms after which the entry is never served (the token's `exp`, or sooner). */
  expiresAt: number;
  /** The key set generation that verified it: a new key set invalidates the entry. */
  generation: number;
}

export interface VerifiedTokenCacheOptions {
  /** Most tokens held (least recently used evicted first; default 10,000). */
  maxEntries?: number;
  /** Longest an entry lives, whatever the token's `exp` (default 5 min). */
  maxTtlMs?: number;
}

/**
 * A bounded LRU of verified tokens keyed by the SHA-256 of the token (the token itself is never
 * held), so each distinct token's signature is checked once and not on every request. An entry
 * is served only before the token's `exp` (no clock tolerance), within `maxTtlMs`, and while the
 * key set that verified it is still the current one. Failures are never cached.
 */
export class VerifiedTokenCache<T> {
  private readonly entries = new Map<string, CachedVerification<T>>();
  private readonly maxEntries: number;
  private readonly maxTtlMs: number;

  constructor(options: VerifiedTokenCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.maxTtlMs = options.maxTtlMs ?? 300_000;
    if (!Number.isInteger(this.maxEntries) || this.maxEntries < 1)
      throw new RangeError('VerifiedTokenCache: maxEntries must be a positive integer');
  }

  static keyOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now: number, generation: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now >= entry.expiresAt || entry.generation !== generation) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.value;
  }

  set(key: string, value: T, now: number, tokenExpiresAt: number, generation: number): void {
    const expiresAt = Math.min(tokenExpiresAt, now + this.maxTtlMs);
    if (!(expiresAt > now)) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt, generation });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
