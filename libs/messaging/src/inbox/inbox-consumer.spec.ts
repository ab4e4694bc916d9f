import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { defineIntegrationEvent, EventRegistry, toBinaryHeaders } from '@csg/contracts';
import { OutboxWriter } from '../outbox/outbox-writer';
import type { IncomingMessage } from '../transport/message-transport.port';
import { ConsumerStoppingError, InboxConsumer } from './inbox-consumer';

const thingHappened = defineIntegrationEvent({
  type: 'csg.test.thing.happened.v1',
  topic: 'csg.test',
  description: 'test event',
  partitionKey: 'thingId',
  schema: {
    type: 'object',
    properties: { thingId: { type: 'string' } },
    required: ['thingId'],
  },
});

/** A data source whose transactions run the work on a manager that accepts every inbox insert. */
function fakeDataSource(): { dataSource: DataSource; transactions: () => number } {
  let transactions = 0;
  const manager = { query: async () => [{ event_id: 'x' }] } as unknown as EntityManager;
  const dataSource = {
    transaction: async (work: (m: EntityManager) => Promise<unknown>) => {
      transactions += 1;
      return work(manager);
    },
  } as unknown as DataSource;
  return { dataSource, transactions: () => transactions };
}

function message(): IncomingMessage {
  const headers = toBinaryHeaders({
    specversion: '1.0',
    id: randomUUID(),
    source: '/csg/test',
    type: thingHappened.type,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: null,
  });
  return { topic: 'csg.test', partition: 0, offset: '0', key: 'k', value: '{"thingId":"k"}', headers };
}

describe('InboxConsumer stopping', () => {
  it('stop: a handler waiting out a long retry backoff gives up at once, neither handled nor dead-lettered', async () => {
    const registry = new EventRegistry([thingHappened]);
    const { dataSource, transactions } = fakeDataSource();
    let attempts = 0;
    const inbox = new InboxConsumer({
      groupId: 'csg.test',
      dataSource,
      writer: new OutboxWriter(registry, '/csg/test'),
      registry,
      handlers: new Map([
        [
          thingHappened.type,
          [
            async () => {
              attempts += 1;
              throw new Error('handler bug');
            },
          ],
        ],
      ]),
      // A backoff of at least 30 s before the second attempt.
      retry: { maxAttempts: 5, initialBackoffMs: 60_000, maxBackoffMs: 60_000 },
    });
    const outcomes: string[] = [];
    inbox.observers.push((outcome) => outcomes.push(outcome));

    const handling = inbox.handle(message());
    await new Promise((resolve) => setImmediate(resolve));
    const stoppedAt = Date.now();
    inbox.stop();

    await expect(handling).rejects.toThrow(ConsumerStoppingError);
    expect(Date.now() - stoppedAt).toBeLessThan(1_000);
    expect(attempts).toBe(1);
    expect(transactions()).toBe(1); // the failed attempt only: no dead-letter transaction
    expect(outcomes).toEqual([]);
  });

  it('start after stop: handles messages again', async () => {
    const registry = new EventRegistry([thingHappened]);
    const { dataSource } = fakeDataSource();
    let handled = 0;
    const inbox = new InboxConsumer({
      groupId: 'csg.test',
      dataSource,
      writer: new OutboxWriter(registry, '/csg/test'),
      registry,
      handlers: new Map([[thingHappened.type, [async () => void (handled += 1)]]]),
    });
    inbox.stop();
    inbox.start();
    await inbox.handle(message());
    expect(handled).toBe(1);
  });
});
