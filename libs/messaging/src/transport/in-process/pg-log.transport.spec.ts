import { partitionsConcurrentlyFromEnv } from './pg-log.transport';

describe('in-process transport settings', () => {
  it('works three partitions at once by default, as the Kafka consumer does', () => {
    expect(partitionsConcurrentlyFromEnv({})).toBe(3);
    expect(partitionsConcurrentlyFromEnv({ BUS_PARTITIONS_CONSUMED_CONCURRENTLY: '' })).toBe(3);
  });

  it('takes BUS_PARTITIONS_CONSUMED_CONCURRENTLY and refuses what is not a positive integer', () => {
    expect(partitionsConcurrentlyFromEnv({ BUS_PARTITIONS_CONSUMED_CONCURRENTLY: '1' })).toBe(1);
    for (const raw of ['0', '-2', '1.5', 'many'])
      expect(() => partitionsConcurrentlyFromEnv({ BUS_PARTITIONS_CONSUMED_CONCURRENTLY: raw })).toThrow(
        /positive integer/,
      );
  });
});
