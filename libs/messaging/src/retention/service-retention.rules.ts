import type { DataSource } from 'typeorm';
import { pruneExpiredIdempotencyKeys } from '@csg/http/conventions/idempotency.store';
import type { RetentionPolicy } from './retention-policy';
import type { RetentionRule, RetentionSession } from './retention-pruner';

async function deleted(session: RetentionSession, sql: string, params: unknown[]): Promise<number> {
  const [row] = await session.query<{ n: number }>(
    `WITH doomed AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM doomed`,
    params,
  );
  return row.n;
}

/** The inbox: the de-duplication record of each consumed event, kept `inboxDays`. */
export function inboxRetention(days: number): RetentionRule {
  return {
    table: 'inbox',
    deleteBatch: (session, limit) =>
      deleted(
        session,
        `DELETE FROM inbox WHERE ctid = ANY(ARRAY(
           SELECT ctid FROM inbox WHERE processed_at < now() - make_interval(days => $2::int) LIMIT $1))`,
        [limit, days],
      ),
  };
}

/** Outbox rows the relay published (unpublished rows are never touched), kept `outboxHours`. */
export function publishedOutboxRetention(hours: number): RetentionRule {
  return {
    table: 'outbox',
    deleteBatch: (session, limit) =>
      deleted(
        session,
        `DELETE FROM outbox WHERE id = ANY(ARRAY(
           SELECT id FROM outbox
            WHERE published_at IS NOT NULL AND published_at < now() - make_interval(hours => $2::int)
            ORDER BY published_at LIMIT $1))`,
        [limit, hours],
      ),
  };
}

/** Expired idempotency keys, in the services whose migrations create the table. */
export function idempotencyKeyRetention(hours: number): RetentionRule {
  let present: boolean | undefined;
  return {
    table: 'idempotency_keys',
    deleteBatch: async (session, limit) => {
      if (present === undefined) {
        const [row] = await session.query<{ present: boolean }>(
          `SELECT to_regclass('idempotency_keys') IS NOT NULL AS present`,
        );
        present = row.present;
      }
      return present ? pruneExpiredIdempotencyKeys(session, limit, hours) : 0;
    },
  };
}

/** Everything a service database accumulates: its inbox, published outbox, idempotency keys. */
export function serviceRetentionRules(policy: RetentionPolicy): RetentionRule[] {
  return [
    inboxRetention(policy.inboxDays),
    publishedOutboxRetention(policy.outboxHours),
    idempotencyKeyRetention(policy.idempotencyHours),
  ];
}

/** A pruning session on a TypeORM data source: one pooled connection for the whole run. */
export function dataSourceSession(dataSource: DataSource): () => Promise<RetentionSession> {
  return async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    return {
      query: (sql, params) => runner.query(sql, params),
      release: () => runner.release(),
    };
  };
}
