import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CreateIdempotencyKeys1764300000200 } from '@csg/http/conventions/1764300000200-create-idempotency-keys.migration';
import { metricsRegistry } from '@csg/observability';
import { createTestDatabase, type TestDatabase as PgDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../src/retention/retention-policy';
import { RetentionPruner } from '../src/retention/retention-pruner';
import { dataSourceSession, serviceRetentionRules } from '../src/retention/service-retention.rules';
import { PgLogTransport } from '../src/transport/in-process/pg-log.transport';
import { openTestDatabase, type TestDatabase } from './messaging-test-fixture';

/** The counter's value for one service and table, as /metrics shows it. */
async function prunedCount(service: string, table: string): Promise<number> {
  const metric = await metricsRegistry.getSingleMetric('csg_retention_pruned_rows_total')!.get();
  const value = metric.values.find((v) => v.labels.service === service && v.labels.table === table);
  return value?.value ?? 0;
}

/** How many runs of one service ended one way (completed, skipped, failed). */
async function runCount(service: string, outcome: string): Promise<number> {
  const metric = await metricsRegistry.getSingleMetric('csg_retention_runs_total')!.get();
  return metric.values.find((v) => v.labels.service === service && v.labels.outcome === outcome)!.value;
}

const POLICY: RetentionPolicy = {
  ...DEFAULT_RETENTION,
  inboxDays: 35,
  outboxHours: 72,
  idempotencyHours: 24,
  busDays: 7,
  deadLetterDays: 30,
  // Small batches: a run must loop until the backlog is gone.
  batchSize: 3,
};

describe('retention of a service database (inbox, published outbox, idempotency keys)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase('retention');
    const runner = db.dataSource.createQueryRunner();
    await new CreateIdempotencyKeys1764300000200().up(runner);
    await runner.release();
  });

  afterAll(async () => {
    await db?.drop();
  });

  function pruner(service: string): RetentionPruner {
    return new RetentionPruner({
      name: service,
      openSession: dataSourceSession(db.dataSource),
      rules: serviceRetentionRules(POLICY),
      intervalMs: 60_000,
      batchSize: POLICY.batchSize,
    });
  }

  async function seed(): Promise<void> {
    await db.dataSource.query('TRUNCATE inbox, outbox, idempotency_keys');
    // inbox: 7 past 35 days, 2 just inside it, 1 fresh
    await db.dataSource.query(
      `INSERT INTO inbox (consumer_group, event_id, event_type, processed_at)
       SELECT 'csg.test', 'old-' || i, 't', now() - interval '36 days' FROM generate_series(1, 7) i
       UNION ALL SELECT 'csg.test', 'recent-' || i, 't', now() - interval '34 days' FROM generate_series(1, 2) i
       UNION ALL SELECT 'csg.test', 'fresh', 't', now()`,
    );
    // outbox: 5 published 73 h ago, 1 published 71 h ago, 2 never published though old
    await db.dataSource.query(
      `INSERT INTO outbox (topic, message_key, headers, value, created_at, published_at)
       SELECT 't', 'k', '{}'::jsonb, 'v', now() - interval '80 hours', now() - interval '73 hours' FROM generate_series(1, 5)
       UNION ALL SELECT 't', 'k', '{}'::jsonb, 'v', now() - interval '80 hours', now() - interval '71 hours'
       UNION ALL SELECT 't', 'k', '{}'::jsonb, 'v', now() - interval '80 hours', NULL FROM generate_series(1, 2)`,
    );
    // idempotency keys: 4 expired (25 h), 1 still honoured (23 h)
    await db.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, fingerprint, created_at)
       SELECT 's', 'old-' || i, 'f', now() - interval '25 hours' FROM generate_series(1, 4) i
       UNION ALL SELECT 's', 'live', 'f', now() - interval '23 hours'`,
    );
  }

  it('deletes rows past their age in batches, keeps younger and unpublished rows, and counts them in /metrics', async () => {
    await seed();
    const service = `svc-${randomUUID().slice(0, 8)}`;
    const result = await pruner(service).pruneOnce();

    expect(result).toEqual({ inbox: 7, outbox: 5, idempotency_keys: 4 });
    const inbox: Array<{ event_id: string }> = await db.dataSource.query(
      'SELECT event_id FROM inbox ORDER BY event_id',
    );
    expect(inbox.map((r) => r.event_id)).toEqual(['fresh', 'recent-1', 'recent-2']);
    const outbox: Array<{ published: boolean }> = await db.dataSource.query(
      'SELECT published_at IS NOT NULL AS published FROM outbox ORDER BY published_at NULLS LAST',
    );
    expect(outbox.map((r) => r.published)).toEqual([true, false, false]);
    const keys: Array<{ key: string }> = await db.dataSource.query('SELECT key FROM idempotency_keys');
    expect(keys).toEqual([{ key: 'live' }]);

    expect(await prunedCount(service, 'inbox')).toBe(7);
    expect(await prunedCount(service, 'outbox')).toBe(5);
    expect(await prunedCount(service, 'idempotency_keys')).toBe(4);
    expect(await metricsRegistry.metrics()).toContain(
      `csg_retention_pruned_rows_total{service="${service}",table="inbox"} 7`,
    );

    // A second run finds nothing more and the counters stay.
    expect(await pruner(service).pruneOnce()).toEqual({ inbox: 0, outbox: 0, idempotency_keys: 0 });
    expect(await prunedCount(service, 'inbox')).toBe(7);
    expect(await runCount(service, 'completed')).toBe(2);
    expect(await runCount(service, 'failed')).toBe(0);
  });

  it('skips the run while another instance of the service holds the pruning lock', async () => {
    await seed();
    const service = `svc-${randomUUID().slice(0, 8)}`;
    const other = new Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock(hashtext($1))', [`csg.retention:${service}`]);
      expect(await pruner(service).pruneOnce()).toBeNull();
      const [{ n }]: Array<{ n: number }> = await db.dataSource.query('SELECT count(*)::int AS n FROM inbox');
      expect(n).toBe(10);
      expect(await prunedCount(service, 'inbox')).toBe(0);
      expect(await runCount(service, 'skipped')).toBe(1);

      await other.query('SELECT pg_advisory_unlock(hashtext($1))', [`csg.retention:${service}`]);
      expect(await pruner(service).pruneOnce()).toEqual({ inbox: 7, outbox: 5, idempotency_keys: 4 });
    } finally {
      await other.end();
    }
  });

  it('counts a run that could not open its session as failed', async () => {
    const service = `svc-${randomUUID().slice(0, 8)}`;
    const broken = new RetentionPruner({
      name: service,
      openSession: () => Promise.reject(new Error('database away')),
      rules: serviceRetentionRules(POLICY),
      intervalMs: 60_000,
      batchSize: POLICY.batchSize,
    });
    await expect(broken.pruneOnce()).rejects.toThrow('database away');
    expect(await runCount(service, 'failed')).toBe(1);
    expect(await runCount(service, 'completed')).toBe(0);
  });

  it('leaves a database without the idempotency table alone', async () => {
    const bare = await openTestDatabase('retention_bare');
    try {
      const service = `svc-${randomUUID().slice(0, 8)}`;
      const result = await new RetentionPruner({
        name: service,
        openSession: dataSourceSession(bare.dataSource),
        rules: serviceRetentionRules(POLICY),
        intervalMs: 60_000,
        batchSize: POLICY.batchSize,
      }).pruneOnce();
      expect(result).toEqual({ inbox: 0, outbox: 0, idempotency_keys: 0 });
    } finally {
      await bare.drop();
    }
  });
});

describe('retention of the in-process bus log', () => {
  let bus: PgDatabase;
  let transport: PgLogTransport;
  let sql: Client;

  beforeAll(async () => {
    bus = await createTestDatabase('retention_bus');
    transport = new PgLogTransport({ url: bus.url, partitions: 1, retention: POLICY });
    await transport.start();
    sql = new Client({ connectionString: bus.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await transport?.close();
    await bus?.drop();
  });

  /** Messages 0..count-1 on one partition, appended `daysAgo` days ago. */
  async function append(topic: string, count: number, daysAgo: number): Promise<void> {
    await transport.publish(
      Array.from({ length: count }, (_, i) => ({ topic, key: `k${i}`, value: '{}', headers: {} })),
    );
    await sql.query(
      `UPDATE bus_messages SET appended_at = now() - make_interval(days => $2::int) WHERE topic = $1`,
      [topic, daysAgo],
    );
  }

  const offsets = async (topic: string) =>
    (
      await sql.query<{ offset: string }>(
        `SELECT "offset" FROM bus_messages WHERE topic = $1 ORDER BY "offset"`,
        [topic],
      )
    ).rows.map((r) => Number(r.offset));

  it('never deletes what a consumer group has not consumed, however old; deletes old consumed messages', async () => {
    const topic = `csg.test.${randomUUID().slice(0, 8)}`;
    const unread = `csg.test.${randomUUID().slice(0, 8)}`;
    const recent = `csg.test.${randomUUID().slice(0, 8)}`;
    const deadLetters = `csg.dlq.csg.test-${randomUUID().slice(0, 8)}`;
    const oldDeadLetters = `csg.dlq.csg.test-${randomUUID().slice(0, 8)}`;
    await append(topic, 6, 10);
    await append(unread, 2, 10);
    await append(recent, 2, 1);
    await append(deadLetters, 2, 10);
    await append(oldDeadLetters, 2, 31);
    // Two groups read `topic`: one has consumed offsets 0..4, the slower one 0..2 only.
    await sql.query(
      `INSERT INTO bus_group_offsets (group_id, topic, partition, next_offset)
       VALUES ('csg.fast', $1, 0, 5), ('csg.slow', $1, 0, 3), ('csg.recent', $2, 0, 2), ('csg.stuck', $3, 0, 0)`,
      [topic, recent, unread],
    );
    const before = await prunedCount('bus', 'bus_messages');

    const result = await transport.retention!.pruneOnce();

    expect(await offsets(topic)).toEqual([3, 4, 5]);
    expect(await offsets(unread)).toEqual([0, 1]);
    expect(await offsets(recent)).toEqual([0, 1]);
    expect(await offsets(deadLetters)).toEqual([0, 1]);
    expect(await offsets(oldDeadLetters)).toEqual([]);
    expect(result).toEqual({ bus_messages: 5 });
    expect((await prunedCount('bus', 'bus_messages')) - before).toBe(5);
  });

  it('lets a consumer group go on from its offset after pruning', async () => {
    const topic = `csg.test.${randomUUID().slice(0, 8)}`;
    await append(topic, 4, 10);
    await sql.query(
      `INSERT INTO bus_group_offsets (group_id, topic, partition, next_offset) VALUES ('csg.reader', $1, 0, 2)`,
      [topic],
    );
    await transport.retention!.pruneOnce();
    expect(await offsets(topic)).toEqual([2, 3]);

    const seen: string[] = [];
    const consumer = await transport.subscribe({
      groupId: 'csg.reader',
      topics: [topic],
      handleBatch: async (messages) => {
        seen.push(...messages.map((m) => m.offset));
      },
    });
    try {
      await waitFor(() => seen.length >= 2, { what: 'the two retained messages', timeoutMs: 10_000 });
      expect(seen).toEqual(['2', '3']);
    } finally {
      await consumer.stop();
    }
  });
});
