import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KafkaTransport } from '../../../messaging/src/transport/kafka/kafka.transport';
import { findFreePort, startKafkaBroker } from './kafka-broker';

describe('startKafkaBroker', () => {
  it('keeps acknowledged messages when the broker is stopped and started again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kafka-broker-test-'));
    const broker = await startKafkaBroker({ port: await findFreePort(), dir });
    const options = {
      brokers: broker.brokers,
      clientId: 'kafka-broker-test',
      partitions: 3,
      replicationFactor: 1,
      sessionTimeoutMs: 10_000,
      stallTimeoutMs: 30_000,
    };
    let transport = new KafkaTransport(options);
    try {
      await transport.start();
      await transport.ensureTopics(['kept']);
      await transport.publish(
        ['a', 'b', 'c'].map((value) => ({ topic: 'kept', key: value, value, headers: {} })),
      );
      await transport.close();

      await broker.stop();
      await broker.start();

      transport = new KafkaTransport(options);
      const values = (await transport.readAll('kept')).map((m) => m.value).sort();
      expect(values).toEqual(['a', 'b', 'c']);
    } finally {
      await transport.close();
      await broker.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
