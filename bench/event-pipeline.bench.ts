/**
 * Event pipeline benchmark: commit → outbox → transport → consuming service's inbox and
 * projection, against a baseline run in the same process on the same broker: the bare transport
 * (publish in batches, consume with a no-op handler), without outbox, relay or inbox.
 *
 *   node dist/.bench/bench/event-pipeline.bench.js [--events 20000] [--transport kafka|in-process] [--rate 1000] [--seconds 10] [--staged] [--json]
 *
 * `npm run bench` runs it as the `event-pipeline-*` cases (bench/cases/event-pipeline.case.ts).
 *
 * Kafka: KAFKA_BROKERS, else a broker started from deploy/kafka-dev. Databases: the PostgreSQL
 * on 127.0.0.1:5432 (else the embedded one), in fresh databases dropped afterwards.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { defineIntegrationEvent, EventRegistry, type CloudEvent } from '@csg/contracts';
import {
  CreateOutboxAndInbox1764300000000,
  DropOutboxNotifyTrigger1764300000010,
  KafkaTransport,
  PgLogTransport,
  ServiceMessaging,
  type MessageTransport,
} from '@csg/messaging';
import { batchHandler } from '../libs/messaging/src/handlers/batch-handler';
import { ensureKafkaForTests } from '../libs/testing/src/kafka/ensure-kafka';
import { createTestDatabase } from '../libs/testing/src/postgres/test-database';
import { ensureTestPostgres } from '../libs/testing/src/postgres/ensure-test-postgres';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const EVENTS = Number(arg('events', '20000'));
const TRANSPORT = arg('transport', 'kafka');
const RATE = Number(arg('rate', '1000'));
const SECONDS = Number(arg('seconds', '10'));
const KEYS = 200;

function progress(label: string, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(
    `\r${label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
  );
  if (done >= total) process.stdout.write('\n');
}

async function until(
  check: () => boolean,
  label: string,
  total: () => number,
  timeoutMs = 300_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    progress(label, total(), EVENTS);
    if (Date.now() > deadline) throw new Error(`${label}: timed out`);
    await new Promise((r) => setTimeout(r, 100));
  }
  progress(label, EVENTS, EVENTS);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function openDb(prefix: string) {
  const db = await createTestDatabase(prefix);
  const ds = new DataSource({
    type: 'postgres',
    url: db.url,
    migrations: [CreateOutboxAndInbox1764300000000, DropOutboxNotifyTrigger1764300000010],
    extra: { max: 10 },
  });
  await ds.initialize();
  await ds.runMigrations();
  await ds.query(
    'CREATE TABLE things (thing_id text PRIMARY KEY, seq int NOT NULL, committed_at double precision NOT NULL)',
  );
  return { ...db, ds };
}

async function main(): Promise<void> {
  const started: Array<{ stop(): Promise<void> }> = [await ensureTestPostgres()];
  const busDb = TRANSPORT === 'in-process' ? await createTestDatabase('bench_bus') : null;
  let brokers: string[] = [];
  if (TRANSPORT === 'kafka') {
    started.push(await ensureKafkaForTests());
    brokers = process.env.KAFKA_BROKERS!.split(',');
  }
  const transport = (): MessageTransport =>
    TRANSPORT === 'kafka'
      ? new KafkaTransport({
          brokers,
          clientId: 'bench',
          partitions: 6,
          replicationFactor: 1,
          sessionTimeoutMs: 10_000,
          stallTimeoutMs: 60_000,
          partitionsConsumedConcurrently: Number(arg('concurrency', '3')),
        })
      : new PgLogTransport({ url: busDb!.url, partitions: 6 });
  const producerDb = await openDb('bench_producer');
  const consumerDb = await openDb('bench_consumer');
  const results: Record<string, unknown> = {
    transport: TRANSPORT,
    events: EVENTS,
    keys: KEYS,
    at: new Date().toISOString(),
  };
  try {
    // Baseline: the bare transport.
    const topic0 = `csg.bench.${randomUUID().slice(0, 8)}`;
    const bare = transport();
    await bare.start();
    await bare.ensureTopics([topic0]);
    let bareSeen = 0;
    const bareConsumer = await bare.subscribe({
      groupId: `bench-bare-${randomUUID()}`,
      topics: [topic0],
      handleBatch: async (messages) => void (bareSeen += messages.length),
    });
    // Both sides start their clock once their consumer has joined its group and handled one
    // message, so a short (quick) run measures throughput, not the group join.
    await bare.publish([{ topic: topic0, key: 'warm-up', value: '{}', headers: { ce_id: randomUUID() } }]);
    await until(
      () => bareSeen >= 1,
      'baseline: joining',
      () => 0,
    );
    bareSeen = 0;
    const t0 = Date.now();
    for (let i = 0; i < EVENTS; i += 500) {
      await bare.publish(
        Array.from({ length: Math.min(500, EVENTS - i) }, (_, j) => ({
          topic: topic0,
          key: `k${(i + j) % KEYS}`,
          value: '{"seq":1}',
          headers: { ce_id: randomUUID() },
        })),
      );
    }
    await until(
      () => bareSeen >= EVENTS,
      'baseline: bare transport',
      () => bareSeen,
    );
    const bareRate = EVENTS / ((Date.now() - t0) / 1000);
    await bareConsumer.stop();
    await bare.close();

    // The platform: unit of work → outbox → relay → transport → inbox + projection.
    const topic = `csg.bench.${randomUUID().slice(0, 8)}`;
    const thingChanged = defineIntegrationEvent({
      type: 'csg.bench.thing.changed.v1',
      topic,
      description: 'bench',
      partitionKey: 'thingId',
      schema: {
        type: 'object',
        properties: {
          thingId: { type: 'string' },
          seq: { type: 'integer' },
          committedAt: { type: 'number' },
        },
        required: ['thingId', 'seq', 'committedAt'],
      },
    });
    const registry = new EventRegistry([thingChanged]);
    type Thing = { thingId: string; seq: number; committedAt: number };
    const latencies: number[] = [];
    let handled = 0;
    type Tx = { manager: { query: (q: string, p: unknown[]) => Promise<unknown> } };
    // --per-event-handler: one projection statement per event (what handlers did before ADR 0028).
    const perEvent = async (event: CloudEvent<Thing>, tx: Tx) => {
      await tx.manager.query(
        `INSERT INTO things (thing_id, seq, committed_at) VALUES ($1, $2, $3)
         ON CONFLICT (thing_id) DO UPDATE SET seq = EXCLUDED.seq, committed_at = EXCLUDED.committed_at WHERE things.seq < EXCLUDED.seq`,
        [event.data.thingId, event.data.seq, event.data.committedAt],
      );
    };
    // Set-based: one statement per chunk; the newest event per key wins (a key may recur in a chunk).
    const setBased = batchHandler(async (events: CloudEvent<Thing>[], tx) => {
      const newest = new Map<string, Thing>();
      for (const { data } of events)
        if ((newest.get(data.thingId)?.seq ?? -1) < data.seq) newest.set(data.thingId, data);
      const rows = [...newest.values()];
      await tx.manager.query(
        `INSERT INTO things (thing_id, seq, committed_at)
         SELECT * FROM unnest($1::text[], $2::int[], $3::double precision[])
         ON CONFLICT (thing_id) DO UPDATE SET seq = EXCLUDED.seq, committed_at = EXCLUDED.committed_at WHERE things.seq < EXCLUDED.seq`,
        [rows.map((r) => r.thingId), rows.map((r) => r.seq), rows.map((r) => r.committedAt)],
      );
    });
    const handler = args.includes('--per-event-handler') ? perEvent : setBased;
    const producerTransport = transport();
    const consumerTransport = transport();
    await producerTransport.start();
    await consumerTransport.start();
    const producer = new ServiceMessaging({
      service: 'bench-producer',
      ownTopic: topic,
      dataSource: producerDb.ds,
      databaseUrl: producerDb.url,
      registry,
      transport: producerTransport,
    });
    const consumer = new ServiceMessaging({
      service: 'bench-consumer',
      ownTopic: `${topic}.consumer`,
      consumerGroup: `bench-${randomUUID().slice(0, 8)}`,
      dataSource: consumerDb.ds,
      databaseUrl: consumerDb.url,
      registry,
      transport: consumerTransport,
      handlers: new Map([[thingChanged.type, [handler as never]]]),
    });
    consumer.inbox!.observers.push((outcome, message) => {
      if (outcome !== 'handled') return;
      handled++;
      const committedAt = JSON.parse(message.value ?? '{}').committedAt as number;
      latencies.push(Date.now() - committedAt);
    });
    // --staged: the consumer starts only once everything is relayed, to measure each stage alone.
    const staged = args.includes('--staged');
    if (!staged) await consumer.start();
    await producer.start();
    let seq = 0;
    const write = async (count: number) =>
      producer.unitOfWork.run(async (tx) => {
        for (let i = 0; i < count; i++, seq++)
          tx.emit(thingChanged, { thingId: `k${seq % KEYS}`, seq, committedAt: Date.now() });
      });
    let publishedBefore = 0;
    if (!staged) {
      await producer.unitOfWork.run(async (tx) =>
        tx.emit(thingChanged, { thingId: 'warm-up', seq: 0, committedAt: Date.now() }),
      );
      await until(
        () => handled >= 1,
        'platform: joining',
        () => 0,
      );
      handled = 0;
      latencies.length = 0;
      publishedBefore = producer.relay.published;
    }
    const t1 = Date.now();
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = w * 100; i < EVENTS; i += 400) await write(Math.min(100, EVENTS - i));
    });
    await Promise.all(writers);
    const writtenSeconds = (Date.now() - t1) / 1000;
    const relayed = (async () => {
      while (producer.relay.published - publishedBefore < EVENTS) await new Promise((r) => setTimeout(r, 20));
      return (Date.now() - t1) / 1000;
    })();
    let consumerStartedSeconds = 0;
    if (staged) {
      await relayed;
      consumerStartedSeconds = (Date.now() - t1) / 1000;
      await consumer.start();
    }
    await until(
      () => handled >= EVENTS,
      'platform: outbox → inbox',
      () => handled,
    );
    const platformRate = EVENTS / ((Date.now() - t1) / 1000);
    const stages = {
      writtenSeconds,
      relayedSeconds: await relayed,
      handledSeconds: (Date.now() - t1) / 1000,
      ...(staged
        ? {
            consumerAloneEventsPerSecond: Math.round(
              EVENTS / ((Date.now() - t1) / 1000 - consumerStartedSeconds),
            ),
          }
        : {}),
    };

    // Latency at a steady rate: commit-to-handled.
    latencies.length = 0;
    const steadyTarget = handled + RATE * SECONDS;
    const steadyStart = Date.now();
    // Paced: 10 events every 10 ms (at 1,000/s), not the second's events in one burst, so the
    // latency is that of a steady rate and not of a queue the burst built.
    const ticks = Math.round((RATE * SECONDS) / 10);
    const tickMs = 10_000 / RATE;
    for (let tick = 0; tick < ticks; tick++) {
      const due = steadyStart + tick * tickMs;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      await write(10);
      if (tick % Math.round(1000 / tickMs) === 0) progress(`steady ${RATE} events/s`, tick, ticks);
    }
    progress(`steady ${RATE} events/s`, ticks, ticks);
    await until(
      () => handled >= steadyTarget,
      'steady: draining',
      () => Math.min(EVENTS, EVENTS - (steadyTarget - handled)),
    );
    const sorted = [...latencies].sort((a, b) => a - b);
    await consumer.stop();
    await producer.stop();
    await producerTransport.close();
    await consumerTransport.close();

    Object.assign(results, {
      baselineEventsPerSecond: Math.round(bareRate),
      platformEventsPerSecond: Math.round(platformRate),
      ratioToBaseline: Number((platformRate / bareRate).toFixed(3)),
      stages,
      steady: {
        rate: RATE,
        seconds: (Date.now() - steadyStart) / 1000,
        p50Ms: percentile(sorted, 0.5),
        p99Ms: percentile(sorted, 0.99),
        samples: sorted.length,
      },
      goals: { ratioToBaseline: '>= 0.5', p99AtRateMs: '<= 100' },
    });
    // --json (bench/run.ts): one line the runner parses; otherwise readable.
    process.stdout.write(`\n${JSON.stringify(results, null, args.includes('--json') ? 0 : 2)}\n`);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(`bench/results/event-pipeline-${TRANSPORT}.json`, JSON.stringify(results, null, 2));
  } finally {
    await producerDb.ds.destroy();
    await consumerDb.ds.destroy();
    await producerDb.drop();
    await consumerDb.drop();
    await busDb?.drop();
    for (const s of started.reverse()) await s.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench failed: ${(error as Error).stack}\n`);
    process.exit(1);
  },
);
