import { startKafkaBroker, findFreePort } from '@csg/testing/kafka/kafka-broker';
import { KafkaTransport } from '../src/transport/kafka/kafka.transport';
import type { KafkaTransportOptions } from '../src/transport/kafka/kafka-options';
import { describeMessagingContract } from './messaging-contract.suite';

function options(brokers: string[]): KafkaTransportOptions {
  return {
    brokers,
    clientId: 'contract-test',
    partitions: 3,
    replicationFactor: 1,
    sessionTimeoutMs: 10_000,
    stallTimeoutMs: 30_000,
  };
}

describe('messaging contract on the Kafka transport (real broker)', () => {
  describeMessagingContract(async () => {
    const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
    if (brokers.length === 0)
      throw new Error('KAFKA_BROKERS is not set: the jest global setup starts a broker');
    return {
      name: 'kafka',
      create: async () => new KafkaTransport(options(brokers)),
      isolated: async () => {
        const broker = await startKafkaBroker({ port: await findFreePort() });
        return {
          transport: async () => new KafkaTransport(options(broker.brokers)),
          stop: () => broker.stop(),
          start: () => broker.start(),
          dispose: () => broker.stop(),
        };
      },
      dispose: async () => undefined,
    };
  });
});
