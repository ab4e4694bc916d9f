import {
  createLocalJWKSet,
  errors,
  type CryptoKey,
  type FlattenedJWSInput,
  type JSONWebKeySet,
  type JWSHeaderParameters,
} from 'jose';

export interface RemoteJwksOptions {
  /** The issuer's JWKS endpoint. */
  url: string;
  /** Per fetch (default 5000 ms). */
  timeoutMs?: number;
  /** Refresh the key set once it is this old (default 10 min). */
  maxAgeMs?: number;
  /** While refreshing fails, keep using the last key set until it is this old (default 1 h). */
  maxStaleMs?: number;
  /** An unknown `kid` refetches at most once per this interval (default 30 s). */
  refetchCooldownMs?: number;
  /** After a failed fetch, no new attempt for this long: calls fail fast (default 5 s). */
  failureBackoffMs?: number;
  /** Largest JWKS document accepted (default 256 KiB). */
  maxBytes?: number;
  /** Most keys accepted in one set (default 32). */
  maxKeys?: number;
  /** For tests: the clock and the fetch implementation. */
  now?: () => number;
  fetch?: typeof fetch;
}

/** The key set could not be obtained and no usable cached one exists. */
export class JwksUnavailableError extends Error {}

type LocalJwks = ReturnType<typeof createLocalJWKSet>;

/**
 * One issuer's signing keys, fetched over HTTP and held in memory (one bounded document).
 * Chosen over jose's `createRemoteJWKSet`, which retries on every request while the endpoint is
 * down (its cooldown counts from the last *successful* fetch) and stops serving a cached set as
 * soon as it is older than `cacheMaxAge` and cannot be refreshed. Here: refresh after `maxAgeMs`,
 * serve the last good set up to `maxStaleMs` while the endpoint is down, fail closed with a cold
 * cache, rate-limit unknown-`kid` refetches and back off after failures.
 */
export class RemoteJwksCache {
  private current?: { keys: LocalJwks; fetchedAt: number };
  /** Changes with every key set fetched: what was verified with an earlier one is checked again. */
  generation = 0;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private lastFailureAt = Number.NEGATIVE_INFINITY;
  private inflight?: Promise<void>;
  private readonly url: URL;
  private readonly o: Required<Omit<RemoteJwksOptions, 'url'>>;

  constructor(options: RemoteJwksOptions) {
    this.url = new URL(options.url);
    if (this.url.protocol !== 'https:' && this.url.protocol !== 'http:') {
      throw new TypeError('JWKS URL must be http(s)');
    }
    this.o = {
      timeoutMs: options.timeoutMs ?? 5_000,
      maxAgeMs: options.maxAgeMs ?? 600_000,
      maxStaleMs: options.maxStaleMs ?? 3_600_000,
      refetchCooldownMs: options.refetchCooldownMs ?? 30_000,
      failureBackoffMs: options.failureBackoffMs ?? 5_000,
      maxBytes: options.maxBytes ?? 256 * 1024,
      maxKeys: options.maxKeys ?? 32,
      now: options.now ?? Date.now,
      fetch: options.fetch ?? fetch,
    };
  }

  /** A `jose` key resolver (`JWTVerifyGetKey`). Throws `JwksUnavailableError` or jose's JWKS errors. */
  readonly getKey = async (header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey> => {
    if (!this.current || this.age() >= this.o.maxAgeMs) {
      await this.refresh().catch((error: unknown) => {
        if (!this.usable()) throw error;
      });
    }
    const current = this.current;
    if (!current || !this.usable()) throw new JwksUnavailableError('no usable JWKS');
    try {
      return await current.keys(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      if (this.inflight) {
        await this.inflight.catch(() => undefined); // a refresh is under way: its keys may have the kid
      } else if (this.o.now() - this.lastAttemptAt >= this.o.refetchCooldownMs) {
        await this.refresh().catch(() => undefined);
      } else {
        throw error;
      }
      return (this.current ?? current).keys(header, token);
    }
  };

  /** The cached public key set, if any (for diagnostics). */
  jwks(): JSONWebKeySet | undefined {
    return this.current?.keys.jwks();
  }

  /** Fetches the key set now (one fetch at a time; fails fast during the failure backoff). */
  refresh(): Promise<void> {
    if (this.inflight) return this.inflight;
    if (this.o.now() - this.lastFailureAt < this.o.failureBackoffMs) {
      return Promise.reject(new JwksUnavailableError('JWKS endpoint failed recently; backing off'));
    }
    this.lastAttemptAt = this.o.now();
    this.inflight = this.download()
      .then((jwks) => {
        this.current = { keys: createLocalJWKSet(jwks), fetchedAt: this.o.now() };
        this.generation++;
      })
      .catch((error: unknown) => {
        this.lastFailureAt = this.o.now();
        throw error instanceof JwksUnavailableError
          ? error
          : new JwksUnavailableError(describe(error), { cause: error });
      })
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }

  /** A key set is held and younger than `maxAgeMs` (no refresh due). */
  isFresh(): boolean {
    return this.current !== undefined && this.age() < this.o.maxAgeMs;
  }

  private age(): number {
    return this.current ? this.o.now() - this.current.fetchedAt : Number.POSITIVE_INFINITY;
  }

  private usable(): boolean {
    return this.age() < this.o.maxStaleMs;
  }

  private async download(): Promise<JSONWebKeySet> {
    const response = await this.o.fetch(this.url, {
      method: 'GET',
      redirect: 'manual',
      headers: { accept: 'application/jwk-set+json, application/json' },
      signal: AbortSignal.timeout(this.o.timeoutMs),
    });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new JwksUnavailableError(`JWKS endpoint answered ${response.status}`);
    }
    const body = await readLimited(response, this.o.maxBytes);
    let jwks: unknown;
    try {
      jwks = JSON.parse(body);
    } catch {
      throw new JwksUnavailableError('JWKS response is not JSON');
    }
    const keys = (jwks as { keys?: unknown } | null)?.keys;
    if (!Array.isArray(keys)) throw new JwksUnavailableError('JWKS response has no keys array');
    if (keys.length > this.o.maxKeys)
      throw new JwksUnavailableError(`JWKS has ${keys.length} keys (max ${this.o.maxKeys})`);
    return jwks as JSONWebKeySet;
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new JwksUnavailableError(`JWKS response too large (${declared} bytes)`);
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new JwksUnavailableError(`JWKS response larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describe(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'JWKS fetch timed out';
  const cause = (error as { cause?: { code?: unknown } })?.cause?.code;
  return `JWKS fetch failed${typeof cause === 'string' ? ` (${cause})` : ''}: ${String((error as Error)?.message ?? error)}`;
}
