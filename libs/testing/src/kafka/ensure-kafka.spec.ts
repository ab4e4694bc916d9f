import { ensureKafkaForTests } from './ensure-kafka';

describe('ensureKafkaForTests', () => {
  const saved = { brokers: process.env.KAFKA_BROKERS, path: process.env.PATH };
  afterEach(() => {
    if (saved.brokers === undefined) delete process.env.KAFKA_BROKERS;
    else process.env.KAFKA_BROKERS = saved.brokers;
    process.env.PATH = saved.path;
  });

  it('ensureKafkaForTests_WhenKafkaBrokersIsSet_UsesItAndStartsNothing', async () => {
    process.env.KAFKA_BROKERS = 'kafka.example:9092,kafka2.example:9092';
    const kafka = await ensureKafkaForTests();
    expect(kafka.brokers).toBe('kafka.example:9092,kafka2.example:9092');
    await kafka.stop();
    expect(process.env.KAFKA_BROKERS).toBe('kafka.example:9092,kafka2.example:9092');
  });

  it('ensureKafkaForTests_WhenJavaIsMissing_ThrowsSayingWhatToInstall', async () => {
    delete process.env.KAFKA_BROKERS;
    process.env.PATH = '/nonexistent-dir';
    await expect(ensureKafkaForTests()).rejects.toThrow(
      /java.*not found.*Install Java 17\+ and Maven.*or set KAFKA_BROKERS/s,
    );
  });
});
