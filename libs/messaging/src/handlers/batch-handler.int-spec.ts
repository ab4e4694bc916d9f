import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { defineIntegrationEvent, EventRegistry, toBinaryHeaders, type CloudEvent } from '@csg/contracts';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { InboxConsumer } from '../inbox/inbox-consumer';
import { CreateOutboxAndInbox1764300000000 } from '../migrations/1764300000000-create-outbox-and-inbox.migration';
import { OutboxWriter } from '../outbox/outbox-writer';
import type { IncomingMessage } from '../transport/message-transport.port';
import { batchHandler } from './batch-handler';

const counted = defineIntegrationEvent({
  type: 'csg.test.counter.counted.v1',
  topic: 'csg.test',
  description: 'test',
  partitionKey: 'key',
  schema: {
    type: 'object',
    properties: { key: { type: 'string' }, n: { type: 'integer' } },
    required: ['key', 'n'],
  },
});
const registry = new EventRegistry([counted]);

function message(key: string, n: number, id = randomUUID()): IncomingMessage {
  const event: CloudEvent = {
    specversion: '1.0',
    id,
    source: 'test',
    type: counted.type,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: { key, n },
  };
  return {
    topic: 'csg.test',
    partition: 0,
    offset: String(n),
    key,
    value: JSON.stringify(event.data),
    headers: toBinaryHeaders(event),
  };
}

describe('batch-aware integration event handlers (set-based projections in the inbox transaction)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let calls: number[][];
  let failOn: number | null;

  const consumer = () =>
    new InboxConsumer({
      groupId: `g-${randomUUID()}`,
      dataSource: ds,
      writer: new OutboxWriter(registry, 'test'),
      registry,
      retry: { maxAttempts: 1, initialBackoffMs: 1, maxBackoffMs: 1 },
      handlers: new Map([
        [
          counted.type,
          [
            batchHandler(async (events: CloudEvent<{ key: string; n: number }>[], tx) => {
              calls.push(events.map((e) => e.data.n));
              if (events.some((e) => e.data.n === failOn)) throw new Error('projection refused');
              await tx.manager.query(
                `INSERT INTO totals (key, total) SELECT key, sum(n) FROM unnest($1::text[], $2::int[]) AS t(key, n) GROUP BY key
                 ON CONFLICT (key) DO UPDATE SET total = totals.total + EXCLUDED.total`,
                [events.map((e) => e.data.key), events.map((e) => e.data.n)],
              );
            }),
          ],
        ],
      ]),
    });

  const totals = async () =>
    Object.fromEntries(
      (
        (await ds.query('SELECT key, total FROM totals ORDER BY key')) as Array<{
          key: string;
          total: number;
        }>
      ).map((r) => [r.key, r.total]),
    );

  beforeAll(async () => {
    db = await createTestDatabase('batch_handler');
    ds = new DataSource({ type: 'postgres', url: db.url, migrations: [CreateOutboxAndInbox1764300000000] });
    await ds.initialize();
    await ds.runMigrations();
    await ds.query('CREATE TABLE totals (key text PRIMARY KEY, total int NOT NULL)');
  });

  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  beforeEach(async () => {
    calls = [];
    failOn = null;
    await ds.query('TRUNCATE totals');
  });

  it('gets every new event of a chunk in one call, in order, and writes once', async () => {
    await consumer().handleBatch([message('a', 1), message('b', 2), message('a', 3)]);
    expect(calls).toEqual([[1, 2, 3]]);
    expect(await totals()).toEqual({ a: 4, b: 2 });
  });

  it('leaves redelivered events out of the chunk it is given (no second side effect)', async () => {
    const inbox = consumer();
    const first = [message('a', 1), message('a', 2)];
    await inbox.handleBatch(first);
    await inbox.handleBatch([...first, message('a', 5)]);
    expect(calls).toEqual([[1, 2], [5]]);
    expect(await totals()).toEqual({ a: 8 });
  });

  it('rolls the chunk back when it fails, then takes the events one at a time: the others still land', async () => {
    failOn = 2;
    const inbox = consumer();
    const outcomes: string[] = [];
    inbox.observers.push((outcome) => outcomes.push(outcome));
    await inbox.handleBatch([message('a', 1), message('b', 2), message('a', 3)]);
    expect(calls).toEqual([[1, 2, 3], [1], [2], [3]]);
    expect(outcomes).toEqual(['handled', 'dead-lettered', 'handled']);
    expect(await totals()).toEqual({ a: 4 });
  });
});
