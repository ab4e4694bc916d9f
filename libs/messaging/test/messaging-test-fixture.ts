import { randomUUID } from 'node:crypto';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { defineIntegrationEvent, EventRegistry, type IntegrationEventDefinition } from '@csg/contracts';
import { createTestDatabase } from '@csg/testing/postgres/test-database';
import { CreateOutboxAndInbox1764300000000 } from '../src/migrations/1764300000000-create-outbox-and-inbox.migration';
import { DropOutboxNotifyTrigger1764300000010 } from '../src/migrations/1764300000010-drop-outbox-notify-trigger.migration';
import { OutboxTraceContext1764300000020 } from '../src/migrations/1764300000020-outbox-trace-context.migration';
import type { MessageTransport } from '../src/transport/message-transport.port';

/** What a transport under contract test must provide. */
export interface TransportFixture {
  name: string;
  /** A transport connected to the shared broker (or bus). */
  create(): Promise<MessageTransport>;
  /** A transport on a broker of its own, which the test may stop and start again. */
  isolated(): Promise<{
    transport: () => Promise<MessageTransport>;
    stop(): Promise<void>;
    start(): Promise<void>;
    dispose(): Promise<void>;
  }>;
  dispose(): Promise<void>;
}

class CreateSideEffects1764300000001 implements MigrationInterface {
  name = 'CreateSideEffects1764300000001';
  async up(q: QueryRunner): Promise<void> {
    // Deliberately no unique constraint: a repeated side effect must show up as a second row.
    await q.query(`CREATE TABLE side_effects (
      handled_order bigserial PRIMARY KEY, event_id text NOT NULL, thing_id text NOT NULL, seq int NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE side_effects');
  }
}

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  /** Drops the database under the open data source (its connections are terminated). */
  dropUnderneath(): Promise<void>;
  drop(): Promise<void>;
}

export async function openTestDatabase(prefix: string): Promise<TestDatabase> {
  const db = await createTestDatabase(prefix);
  const dataSource = new DataSource({
    type: 'postgres',
    url: db.url,
    migrations: [
      CreateOutboxAndInbox1764300000000,
      CreateSideEffects1764300000001,
      DropOutboxNotifyTrigger1764300000010,
      OutboxTraceContext1764300000020,
    ],
    extra: { max: 10 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    url: db.url,
    dataSource,
    dropUnderneath: () => db.drop(),
    drop: async () => {
      await dataSource.destroy().catch(() => undefined);
      await db.drop();
    },
  };
}

export interface ThingHappened {
  thingId: string;
  seq: number;
}

/** A registry holding one test event type on a topic of the test's own. */
export function testRegistry(): {
  registry: EventRegistry;
  thingHappened: IntegrationEventDefinition;
  topic: string;
} {
  const topic = `csg.test.${randomUUID().slice(0, 8)}`;
  const thingHappened = defineIntegrationEvent({
    type: 'csg.test.thing.happened.v1',
    topic,
    description: 'test event',
    partitionKey: 'thingId',
    schema: {
      type: 'object',
      properties: { thingId: { type: 'string', minLength: 1 }, seq: { type: 'integer', minimum: 0 } },
      required: ['thingId', 'seq'],
    },
  });
  return { registry: new EventRegistry([thingHappened]), thingHappened, topic };
}

export async function committedEventIds(db: TestDatabase, topic: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await db.dataSource.query(
    `SELECT headers->>'ce_id' AS id FROM outbox WHERE topic = $1`,
    [topic],
  );
  return rows.map((r) => r.id);
}

export async function sideEffects(
  db: TestDatabase,
): Promise<Array<{ event_id: string; thing_id: string; seq: number }>> {
  return db.dataSource.query(`SELECT event_id, thing_id, seq FROM side_effects ORDER BY handled_order`);
}

/** Per key, the sequence numbers in the order the consumer handled them. */
export function sequencesByKey(effects: Array<{ thing_id: string; seq: number }>): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (const e of effects) byKey.set(e.thing_id, [...(byKey.get(e.thing_id) ?? []), e.seq]);
  return byKey;
}

export function isAscending(values: number[]): boolean {
  return values.every((v, i) => i === 0 || values[i - 1] < v);
}
