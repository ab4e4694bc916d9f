import { randomUUID } from 'node:crypto';
import {
  replayTopic,
  toBinaryHeaders,
  type CloudEvent,
  type IntegrationEventDefinition,
} from '@csg/contracts';
import { waitFor } from '@csg/testing/wait-for';
import { DeadLetterService } from '../src/dead-letters/dead-letter.service';
import type { HandleOutcome, IntegrationEventHandlerFn } from '../src/inbox/inbox-consumer';
import { OutboxRelay } from '../src/outbox/outbox-relay';
import { ServiceMessaging } from '../src/service-messaging';
import type {
  IncomingMessage,
  MessageTransport,
  OutgoingMessage,
} from '../src/transport/message-transport.port';
import {
  committedEventIds,
  isAscending,
  openTestDatabase,
  sequencesByKey,
  sideEffects,
  testRegistry,
  type TestDatabase,
  type ThingHappened,
  type TransportFixture,
} from './messaging-test-fixture';

const FAST_RETRY = { maxAttempts: 3, initialBackoffMs: 10, maxBackoffMs: 50 };

/** Wraps a transport to count what it publishes and to fail on purpose. */
class ObservedTransport implements MessageTransport {
  readonly published = new Map<string, number>();
  crashAfterPublish = 0;
  constructor(private readonly inner: MessageTransport) {}
  get kind() {
    return this.inner.kind;
  }
  start = () => this.inner.start();
  ensureTopics = (topics: string[]) => this.inner.ensureTopics(topics);
  subscribe: MessageTransport['subscribe'] = (o) => this.inner.subscribe(o);
  readAll = (topic: string) => this.inner.readAll(topic);
  health = () => this.inner.health();
  close = () => this.inner.close();
  async publish(messages: OutgoingMessage[]): Promise<void> {
    await this.inner.publish(messages);
    messages.forEach((m) =>
      this.published.set(m.headers.ce_id, (this.published.get(m.headers.ce_id) ?? 0) + 1),
    );
    if (this.crashAfterPublish > 0) {
      this.crashAfterPublish -= 1;
      throw new Error('relay killed after send, before marking rows published');
    }
  }
}

export function describeMessagingContract(makeFixture: () => Promise<TransportFixture>): void {
  let fixture: TransportFixture;
  let producerDb: TestDatabase;
  let consumerDb: TestDatabase;
  const running: Array<{ stop(): Promise<void> }> = [];
  const transports: MessageTransport[] = [];

  beforeAll(async () => {
    fixture = await makeFixture();
    [producerDb, consumerDb] = await Promise.all([
      openTestDatabase('producer'),
      openTestDatabase('consumer'),
    ]);
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.stop()));
    await Promise.all(transports.splice(0).map((t) => t.close()));
    for (const db of [producerDb, consumerDb])
      await db.dataSource.query('TRUNCATE outbox, inbox, side_effects');
  });

  afterAll(async () => {
    await producerDb?.drop();
    await consumerDb?.drop();
    await fixture?.dispose();
  });

  async function newTransport(
    create: () => Promise<MessageTransport> = () => fixture.create(),
  ): Promise<ObservedTransport> {
    const transport = new ObservedTransport(await create());
    await transport.start();
    transports.push(transport);
    return transport;
  }

  const recordSideEffect: IntegrationEventHandlerFn = async (event: CloudEvent<ThingHappened>, tx) => {
    await tx.manager.query('INSERT INTO side_effects (event_id, thing_id, seq) VALUES ($1, $2, $3)', [
      event.id,
      event.data.thingId,
      event.data.seq,
    ]);
  };

  function services(
    transport: MessageTransport,
    opts: {
      handler?: IntegrationEventHandlerFn;
      consumerDb?: TestDatabase;
      consumerTransport?: MessageTransport;
      retry?: typeof FAST_RETRY;
      relayPollIntervalMs?: number;
    } = {},
  ) {
    const { registry, thingHappened, topic } = testRegistry();
    const producer = new ServiceMessaging({
      service: 'producer',
      ownTopic: topic,
      dataSource: producerDb.dataSource,
      databaseUrl: producerDb.url,
      registry,
      transport,
      relayPollIntervalMs: opts.relayPollIntervalMs ?? 200,
    });
    const db = opts.consumerDb ?? consumerDb;
    const consumer = new ServiceMessaging({
      service: 'consumer',
      ownTopic: `${topic}.consumer`,
      consumerGroup: `csg.test-group.${randomUUID().slice(0, 8)}`,
      dataSource: db.dataSource,
      databaseUrl: db.url,
      registry,
      transport: opts.consumerTransport ?? transport,
      handlers: new Map([[thingHappened.type, [opts.handler ?? recordSideEffect]]]),
      retry: opts.retry ?? FAST_RETRY,
      relayPollIntervalMs: 200,
    });
    const outcomes: HandleOutcome[] = [];
    /** Every outcome with the message it was for (topic, offset, headers). */
    const seen: Array<{ outcome: HandleOutcome; message: IncomingMessage }> = [];
    consumer.inbox!.observers.push((outcome, message) => {
      outcomes.push(outcome);
      seen.push({ outcome, message });
    });
    return { producer, consumer, thingHappened, topic, outcomes, seen };
  }

  async function start(...parts: ServiceMessaging[]): Promise<void> {
    for (const part of parts) {
      await part.start();
      running.push(part);
    }
  }

  async function produce(
    producer: ServiceMessaging,
    type: IntegrationEventDefinition,
    keys: string[],
    rounds: number,
    firstSeq = 0,
  ): Promise<void> {
    for (let seq = firstSeq; seq < firstSeq + rounds; seq++) {
      await producer.unitOfWork.run(async (tx) => keys.forEach((thingId) => tx.emit(type, { thingId, seq })));
    }
  }

  async function expectExactlyOnceInOrder(
    topic: string,
    expected: number,
    timeoutMs = 60_000,
  ): Promise<void> {
    await waitFor(async () => (await sideEffects(consumerDb)).length >= expected, {
      timeoutMs,
      what: `${expected} side effects`,
    });
    const effects = await sideEffects(consumerDb);
    const committed = await committedEventIds(producerDb, topic);
    expect(committed).toHaveLength(expected);
    expect(effects.map((e) => e.event_id).sort()).toEqual([...committed].sort());
    for (const [key, seqs] of sequencesByKey(effects))
      expect({ key, ascending: isAscending(seqs) }).toEqual({ key, ascending: true });
  }

  const keys = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('delivers every committed event exactly once and in order per key', async () => {
    const transport = await newTransport();
    const { producer, consumer, thingHappened, topic } = services(transport);
    await start(consumer, producer);
    await produce(producer, thingHappened, keys(10), 30);
    await expectExactlyOnceInOrder(topic, 300);
  });

  it('publishes a committed write at once, woken in process, without waiting for the relay to poll', async () => {
    const transport = await newTransport();
    // A poll interval longer than the test's timeout: only the unit of work's wake can publish.
    const { producer, consumer, thingHappened, topic } = services(transport, {
      relayPollIntervalMs: 600_000,
    });
    let wakes = 0;
    producer.waker.subscribe(() => (wakes += 1));
    await start(consumer, producer);
    // The relay's first cycle (at start) has found nothing and idles on its poll interval.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await produce(producer, thingHappened, ['woken'], 1);
    expect(wakes).toBe(1);
    const [eventId] = await committedEventIds(producerDb, topic);
    await waitFor(() => transport.published.has(eventId), {
      timeoutMs: 15_000,
      what: 'the committed event to be published without a poll',
    });
    await expectExactlyOnceInOrder(topic, 1, 15_000);
  });

  it('wakes nothing and publishes nothing for a rolled-back unit of work or one without events', async () => {
    const transport = await newTransport();
    const { producer, thingHappened, topic } = services(transport, { relayPollIntervalMs: 600_000 });
    let wakes = 0;
    producer.waker.subscribe(() => (wakes += 1));
    await start(producer);
    await expect(
      producer.unitOfWork.run(async (tx) => {
        tx.emit(thingHappened, { thingId: 'rolled-back', seq: 0 });
        throw new Error('the command failed after recording its event');
      }),
    ).rejects.toThrow('the command failed');
    await producer.unitOfWork.run(async () => undefined);
    expect(wakes).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await committedEventIds(producerDb, topic)).toEqual([]);
    expect(transport.published.size).toBe(0);
    expect(producer.relay.published).toBe(0);
  });

  it('acknowledges a redelivered event without repeating its side effect', async () => {
    const transport = await newTransport();
    const { producer, consumer, thingHappened, topic, outcomes } = services(transport);
    await start(consumer, producer);
    await produce(producer, thingHappened, keys(5), 1);
    await expectExactlyOnceInOrder(topic, 5);
    const rows: Array<{ message_key: string; headers: Record<string, string>; value: string }> =
      await producerDb.dataSource.query('SELECT message_key, headers, value FROM outbox WHERE topic = $1', [
        topic,
      ]);
    await transport.publish(
      rows.map((r) => ({ topic, key: r.message_key, headers: r.headers, value: r.value })),
    );
    await waitFor(() => outcomes.filter((o) => o === 'duplicate').length === 5, {
      what: '5 duplicates absorbed',
    });
    expect(await sideEffects(consumerDb)).toHaveLength(5);
  });

  it('dead-letters poison messages after bounded retries while other keys flow, and replays once after a fix', async () => {
    const transport = await newTransport();
    let broken = true;
    let boomAttempts = 0;
    const { producer, consumer, thingHappened, topic, seen } = services(transport, {
      handler: async (event: CloudEvent<ThingHappened>, tx) => {
        if (event.data.thingId === 'boom') {
          boomAttempts += 1;
          if (broken) throw new Error('handler bug: boom');
        }
        await recordSideEffect(event, tx);
      },
    });
    await start(consumer, producer);
    const poison = (type: string, value: string, key: string): OutgoingMessage => ({
      topic,
      key,
      value,
      headers: toBinaryHeaders({
        specversion: '1.0',
        id: randomUUID(),
        source: '/csg/test',
        type,
        time: new Date().toISOString(),
        datacontenttype: 'application/json',
        data: null,
      }),
    });
    await transport.publish([
      poison(thingHappened.type, '{not json', 'p1'),
      poison('csg.test.thing.vanished.v1', '{"thingId":"p2","seq":1}', 'p2'),
      poison(thingHappened.type, '{"thingId":"p3","seq":-1}', 'p3'),
    ]);
    await produce(producer, thingHappened, ['boom'], 1);
    await produce(producer, thingHappened, keys(3), 10);

    const dlq = new DeadLetterService(transport);
    const letters = await waitFor(
      async () => {
        const list = await dlq.list(consumer.consumerGroup);
        return list.length === 4 ? list : null;
      },
      { what: '4 dead letters', timeoutMs: 60_000 },
    );
    await waitFor(async () => (await sideEffects(consumerDb)).length === 30, { what: 'other keys flowing' });
    expect(boomAttempts).toBe(FAST_RETRY.maxAttempts);
    const reasons = letters.map((l) => l.reason).join('\n');
    expect(reasons).toMatch(/not JSON/);
    expect(reasons).toMatch(/unknown event type/);
    expect(reasons).toMatch(/does not match its schema/);
    expect(reasons).toMatch(/handler bug: boom/);
    expect(letters.every((l) => l.sourceTopic === topic)).toBe(true);

    broken = false;
    const boomId = letters.find((l) => l.key === 'boom')!.eventId!;
    const ofBoom = (s: { message: IncomingMessage }) => s.message.headers.ce_id === boomId;
    expect(await dlq.replay(consumer.consumerGroup)).toBe(4);
    const firstReplay = await waitFor(() => seen.find((s) => ofBoom(s) && s.outcome === 'handled'), {
      what: 'boom replayed and handled',
    });
    expect(firstReplay.message.topic).toBe(replayTopic(consumer.consumerGroup));
    expect((await sideEffects(consumerDb)).filter((e) => e.thing_id === 'boom')).toHaveLength(1);
    const attemptsAfterFirstReplay = boomAttempts;

    expect(await dlq.replay(consumer.consumerGroup, { eventIds: [boomId] })).toBe(1);
    // Only the second replay can make this true: boom again on the replay topic, at a later
    // offset than the first replay (a redelivery of the first would carry the same offset).
    const secondReplay = await waitFor(
      () =>
        seen.find(
          (s) =>
            ofBoom(s) &&
            s.message.topic === firstReplay.message.topic &&
            BigInt(s.message.offset) > BigInt(firstReplay.message.offset),
        ),
      { what: 'the second replay of boom to reach the consumer' },
    );
    expect(secondReplay.outcome).toBe('duplicate');
    expect((await sideEffects(consumerDb)).filter((e) => e.thing_id === 'boom')).toHaveLength(1);
    expect(boomAttempts).toBe(attemptsAfterFirstReplay);
  });

  it('stops at once while a failing handler waits out its retry backoff, leaving the event undelivered', async () => {
    const transport = await newTransport();
    let attempts = 0;
    const { producer, consumer, thingHappened, outcomes } = services(transport, {
      handler: async () => {
        attempts += 1;
        throw new Error('handler bug');
      },
      retry: { maxAttempts: 5, initialBackoffMs: 60_000, maxBackoffMs: 60_000 },
    });
    await start(consumer, producer);
    await produce(producer, thingHappened, ['slow'], 1);
    await waitFor(() => attempts === 1, { what: 'the first failed attempt', timeoutMs: 60_000 });

    const stopping = Date.now();
    await consumer.stop();
    expect(Date.now() - stopping).toBeLessThan(10_000);
    expect(attempts).toBe(1);
    expect(outcomes).toEqual([]);
    expect(await new DeadLetterService(transport).list(consumer.consumerGroup)).toEqual([]);
  });

  it('republishes rows when the relay dies between send and mark, without repeating side effects', async () => {
    const transport = await newTransport();
    transport.crashAfterPublish = 1;
    const { producer, consumer, thingHappened, topic, outcomes } = services(transport);
    await produce(producer, thingHappened, keys(4), 5);
    await start(consumer, producer);
    await waitFor(() => outcomes.filter((o) => o === 'duplicate').length === 20, {
      what: 'duplicates absorbed',
    });
    await expectExactlyOnceInOrder(topic, 20);
    const republished = [...transport.published.values()].filter((n) => n > 1).length;
    expect(republished).toBe(20);
    const unpublished: Array<{ n: string }> = await producerDb.dataSource.query(
      'SELECT count(*) AS n FROM outbox WHERE published_at IS NULL',
    );
    expect(Number(unpublished[0].n)).toBe(0);
  });

  it('keeps per-key order with two relays at once and never publishes a row twice', async () => {
    const transport = await newTransport();
    const { producer, consumer, thingHappened, topic } = services(transport);
    // Two relays that each claim a few keys per cycle, started together on a backlog, while
    // writes go on: they must share the keys without publishing any row twice or out of order.
    const relays = ['first', 'second'].map(
      (name) =>
        new OutboxRelay(producerDb.dataSource, transport, { name, waker: producer.waker, batchSize: 5 }),
    );
    await produce(producer, thingHappened, keys(20, 'a'), 10);
    await start(consumer);
    relays.forEach((relay) => {
      relay.start();
      running.push(relay);
    });
    await Promise.all([
      produce(producer, thingHappened, keys(20, 'a'), 10, 10),
      produce(producer, thingHappened, keys(20, 'b'), 20),
    ]);
    await expectExactlyOnceInOrder(topic, 800);
    expect([...transport.published.values()].every((n) => n === 1)).toBe(true);
    expect(relays.map((r) => r.published > 0)).toEqual([true, true]);
  });

  it('causes no second side effect when a consumer dies after its commit and before its offset commit', async () => {
    const transport = await newTransport();
    const { producer, consumer, thingHappened, topic, outcomes } = services(transport);
    await transport.ensureTopics(consumer.subscribedTopics());
    let untilKill = 2;
    const first = await transport.subscribe({
      groupId: consumer.consumerGroup,
      topics: consumer.subscribedTopics(),
      maxBatchSize: 4,
      handleBatch: async (messages) => {
        await consumer.inbox!.handleBatch(messages);
        if (--untilKill === 0) {
          void first.stop();
          throw new Error('process killed after the database commit, before the offset commit');
        }
      },
    });
    running.push(first);
    await start(producer);
    await produce(producer, thingHappened, keys(3), 10);
    await waitFor(() => untilKill <= 0, { what: 'the kill' });
    await first.stop();
    const second = await transport.subscribe({
      groupId: consumer.consumerGroup,
      topics: consumer.subscribedTopics(),
      handleBatch: consumer.inbox!.handleBatch,
    });
    running.push(second);
    await expectExactlyOnceInOrder(topic, 30);
    expect(outcomes.filter((o) => o === 'duplicate').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps accepting writes while the broker is down for 30 s and then delivers every event in order', async () => {
    const broker = await fixture.isolated();
    try {
      const producerTransport = await newTransport(broker.transport);
      const consumerTransport = await newTransport(broker.transport);
      const { producer, consumer, thingHappened, topic } = services(producerTransport, { consumerTransport });
      await start(consumer, producer);
      await produce(producer, thingHappened, keys(5), 4);
      await waitFor(async () => (await sideEffects(consumerDb)).length === 20, { what: 'warm-up events' });

      await broker.stop();
      const outageEnds = Date.now() + 30_000;
      let seq = 4;
      while (Date.now() < outageEnds) {
        await produce(producer, thingHappened, keys(5), 1, seq++);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      await broker.start();
      await expectExactlyOnceInOrder(topic, 5 * seq, 150_000);
    } finally {
      await Promise.all(running.splice(0).map((r) => r.stop()));
      await Promise.all(transports.splice(0).map((t) => t.close()));
      await broker.dispose();
    }
  }, 300_000);

  it('reports not ready, and why, when its database is gone', async () => {
    const transport = await newTransport();
    const doomed = await openTestDatabase('doomed');
    try {
      const { producer, consumer, thingHappened } = services(transport, { consumerDb: doomed });
      await start(consumer, producer);
      expect(consumer.health().ready).toBe(true);
      await doomed.dropUnderneath();
      await produce(producer, thingHappened, ['x'], 1);
      const health = await waitFor(
        () => {
          const h = consumer.health();
          return /cannot make progress/.test(h.detail) ? h : null;
        },
        { what: 'the consumer to say it cannot make progress', timeoutMs: 60_000 },
      );
      expect(health.ready).toBe(false);
      expect(health.detail).toMatch(/does not exist/);
    } finally {
      await doomed.drop().catch(() => undefined);
    }
  });
}
