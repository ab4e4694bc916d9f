import { DEFAULT_RETENTION, retentionPolicyFromEnv } from './retention-policy';

describe('retentionPolicyFromEnv', () => {
  it('keeps the documented defaults when nothing is set', () => {
    expect(retentionPolicyFromEnv({})).toEqual(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION).toMatchObject({
      inboxDays: 35,
      outboxHours: 72,
      busDays: 7,
      deadLetterDays: 30,
      idempotencyHours: 24,
    });
  });

  it('keeps inbox rows longer than dead letters, which may be replayed until they expire', () => {
    expect(DEFAULT_RETENTION.inboxDays).toBeGreaterThan(DEFAULT_RETENTION.deadLetterDays);
  });

  it('reads each age from its variable', () => {
    expect(
      retentionPolicyFromEnv({
        RETENTION_INBOX_DAYS: '60',
        RETENTION_OUTBOX_HOURS: '12',
        RETENTION_BUS_DAYS: '3',
        RETENTION_DEAD_LETTER_DAYS: '14',
        RETENTION_IDEMPOTENCY_HOURS: '48',
        RETENTION_INTERVAL_MINUTES: '5',
        RETENTION_BATCH_SIZE: '500',
        RETENTION_ENABLED: 'false',
      }),
    ).toEqual({
      enabled: false,
      inboxDays: 60,
      outboxHours: 12,
      busDays: 3,
      deadLetterDays: 14,
      idempotencyHours: 48,
      intervalMinutes: 5,
      batchSize: 500,
    });
  });

  it.each([
    [{ RETENTION_INBOX_DAYS: '0' }, /at least 1/],
    [{ RETENTION_BUS_DAYS: '1.5' }, /whole number/],
    [{ RETENTION_BATCH_SIZE: 'lots' }, /whole number/],
    [{ RETENTION_IDEMPOTENCY_HOURS: '12' }, /at least 24/],
    [{ RETENTION_ENABLED: 'maybe' }, /true or false/],
  ])('refuses %j', (env, message) => {
    expect(() => retentionPolicyFromEnv(env)).toThrow(message);
  });
});
