import type { EntityManager } from 'typeorm';
import { ApplicationError } from '../problem/error-statuses';
import type { IdempotencyRequest } from './idempotency-key';

/** How long a key is remembered; an older key counts as new. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export interface IdempotentOutcome<T> {
  body: T;
  /** True when this is a retry answered with the stored first response. */
  replayed: boolean;
}

/**
 * Runs `work` once per idempotency key, inside the caller's transaction (the one that also
 * writes the state and the outbox): the key is claimed first, the response stored after, and
 * both commit with the change or not at all. A concurrent retry waits on the claimed key and
 * then answers with the stored response; a retry after a failure (nothing committed) runs
 * again. The same key with a different request is an `IDEMPOTENCY.KEY_REUSED` error (422). Without a key, just runs.
 */
export async function runIdempotently<T>(
  manager: EntityManager,
  request: IdempotencyRequest | undefined,
  work: () => Promise<T>,
): Promise<IdempotentOutcome<T>> {
  if (!request) return { body: await work(), replayed: false };
  const { scope, key, fingerprint } = request;
  await manager.query(
    `DELETE FROM idempotency_keys
      WHERE scope = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`,
    [scope, key, IDEMPOTENCY_KEY_TTL_HOURS],
  );
  const claimed: unknown[] = await manager.query(
    `INSERT INTO idempotency_keys (scope, key, fingerprint) VALUES ($1, $2, $3)
     ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
    [scope, key, fingerprint],
  );
  if (claimed.length === 0) return replay<T>(manager, request);
  const body = await work();
  await manager.query(`UPDATE idempotency_keys SET response = $3 WHERE scope = $1 AND key = $2`, [
    scope,
    key,
    JSON.stringify(body ?? null),
  ]);
  return { body, replayed: false };
}

/**
 * Deletes at most `limit` keys older than `olderThanHours` (never younger than the key lifetime,
 * so a key still honoured is never deleted) in one statement; returns how many went. The
 * retention job of each service database calls it in batches.
 */
export async function pruneExpiredIdempotencyKeys(
  db: { query(sql: string, params: unknown[]): Promise<unknown> },
  limit: number,
  olderThanHours = IDEMPOTENCY_KEY_TTL_HOURS,
): Promise<number> {
  const rows = (await db.query(
    `WITH doomed AS (
       DELETE FROM idempotency_keys WHERE ctid = ANY(ARRAY(
         SELECT ctid FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $2::int) LIMIT $1))
       RETURNING 1)
     SELECT count(*)::int AS n FROM doomed`,
    [limit, Math.max(olderThanHours, IDEMPOTENCY_KEY_TTL_HOURS)],
  )) as Array<{ n: number }>;
  return rows[0].n;
}

async function replay<T>(manager: EntityManager, request: IdempotencyRequest): Promise<IdempotentOutcome<T>> {
  const [row]: Array<{ fingerprint: string; response: string | null }> = await manager.query(
    `SELECT fingerprint, response FROM idempotency_keys WHERE scope = $1 AND key = $2`,
    [request.scope, request.key],
  );
  if (!row || row.fingerprint !== request.fingerprint || row.response === null) {
    throw new ApplicationError(
      'IDEMPOTENCY.KEY_REUSED',
      'This Idempotency-Key was already used for a different request.',
    );
  }
  return { body: JSON.parse(row.response) as T, replayed: true };
}
