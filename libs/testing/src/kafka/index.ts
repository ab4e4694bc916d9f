export { ensureKafkaForTests, TEST_KAFKA_PORT, type TestKafka } from './ensure-kafka';
export {
  findFreePort,
  startKafkaBroker,
  type KafkaBrokerHandle,
  type KafkaBrokerSecurity,
  type StartKafkaBrokerOptions,
} from './kafka-broker';
export { isPortFree } from './ports';
