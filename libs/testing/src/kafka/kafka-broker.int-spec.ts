import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { findFreePort, startKafkaBroker } from './kafka-broker';

async function readAll(kafka: Kafka, topic: string, expected: number): Promise<string[]> {
  const consumer = kafka.consumer({ groupId: `read-${Date.now()}` });
  const values: string[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read ${values.length}/${expected}`)), 60_000);
    consumer
      .run({
        eachMessage: async ({ message }) => {
          values.push(String(message.value));
          if (values.length >= expected) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return values.sort();
}

describe('startKafkaBroker', () => {
  it('startKafkaBroker_WhenStoppedAndStartedAgain_KeepsCommittedMessages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kafka-broker-test-'));
    const broker = await startKafkaBroker({ port: await findFreePort(), dir });
    const kafka = new Kafka({
      clientId: 'kafka-broker-test',
      brokers: broker.brokers,
      logLevel: logLevel.NOTHING,
    });
    try {
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'kept', numPartitions: 3 }], waitForLeaders: true });
      await admin.disconnect();
      const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      await producer.send({ topic: 'kept', acks: -1, messages: ['a', 'b', 'c'].map((value) => ({ value })) });
      await producer.disconnect();

      await broker.stop();
      await broker.start();

      expect(await readAll(kafka, 'kept', 3)).toEqual(['a', 'b', 'c']);
    } finally {
      await broker.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
