/**
 * How long each kind of bookkeeping row is kept (docs/adr/0022-retention.md). Every age is a
 * whole number of days or hours from the environment; `RETENTION_ENABLED=false` turns pruning off.
 */
export interface RetentionPolicy {
  enabled: boolean;
  /** Inbox rows (the de-duplication record) outlive every copy of their event that may still arrive. */
  inboxDays: number;
  /** Published outbox rows (kept for looking into what left, then deleted). */
  outboxHours: number;
  /** In-process bus messages every consumer group has consumed. */
  busDays: number;
  /** Bus messages on dead-letter topics (`csg.dlq.*`), which no group consumes. */
  deadLetterDays: number;
  /** Idempotency keys; never below their 24 h lifetime. */
  idempotencyHours: number;
  /** Time between two pruning runs of one database. */
  intervalMinutes: number;
  /** Rows per DELETE: each batch is its own short statement, so a big backlog never locks long. */
  batchSize: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  enabled: true,
  inboxDays: 35,
  outboxHours: 72,
  busDays: 7,
  deadLetterDays: 30,
  idempotencyHours: 24,
  intervalMinutes: 60,
  batchSize: 1_000,
};

/** The smallest idempotency-key age: a key is honoured for 24 h (IDEMPOTENCY_KEY_TTL_HOURS). */
const IDEMPOTENCY_MINIMUM_HOURS = 24;

const VARIABLES: Record<Exclude<keyof RetentionPolicy, 'enabled'>, string> = {
  inboxDays: 'RETENTION_INBOX_DAYS',
  outboxHours: 'RETENTION_OUTBOX_HOURS',
  busDays: 'RETENTION_BUS_DAYS',
  deadLetterDays: 'RETENTION_DEAD_LETTER_DAYS',
  idempotencyHours: 'RETENTION_IDEMPOTENCY_HOURS',
  intervalMinutes: 'RETENTION_INTERVAL_MINUTES',
  batchSize: 'RETENTION_BATCH_SIZE',
};

export function retentionPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): RetentionPolicy {
  const policy: RetentionPolicy = { ...DEFAULT_RETENTION };
  const enabled = env.RETENTION_ENABLED?.trim().toLowerCase();
  if (enabled && enabled !== 'true' && enabled !== 'false')
    throw new Error(`RETENTION_ENABLED must be true or false, not "${env.RETENTION_ENABLED}"`);
  policy.enabled = enabled !== 'false';
  for (const [field, variable] of Object.entries(VARIABLES) as Array<[keyof typeof VARIABLES, string]>) {
    const raw = env[variable]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${variable} must be a whole number of at least 1, not "${raw}"`);
    policy[field] = value;
  }
  if (policy.idempotencyHours < IDEMPOTENCY_MINIMUM_HOURS)
    throw new Error(
      `RETENTION_IDEMPOTENCY_HOURS must be at least ${IDEMPOTENCY_MINIMUM_HOURS}: a key is honoured that long`,
    );
  return policy;
}
