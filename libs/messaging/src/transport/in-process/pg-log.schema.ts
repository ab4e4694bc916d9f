import type { Pool } from 'pg';

/**
 * The in-process transport keeps its log in PostgreSQL (the embedded server's `csg_bus`
 * database), so a restart loses nothing. Offsets within a partition are assigned under the
 * partition row's lock, so they grow in commit order and a consumer never skips a late commit.
 */
const SCHEMA_V1 = `
  CREATE TABLE IF NOT EXISTS bus_partitions (
    topic text NOT NULL,
    partition int NOT NULL,
    next_offset bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (topic, partition)
  );
  CREATE TABLE IF NOT EXISTS bus_messages (
    topic text NOT NULL,
    partition int NOT NULL,
    "offset" bigint NOT NULL,
    message_key text,
    headers jsonb NOT NULL,
    value text,
    appended_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (topic, partition, "offset")
  );
  CREATE TABLE IF NOT EXISTS bus_group_offsets (
    group_id text NOT NULL,
    topic text NOT NULL,
    partition int NOT NULL,
    next_offset bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, topic, partition)
  );
`;

export async function ensureBusSchema(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['csg_bus_schema']);
    await client.query(SCHEMA_V1);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** FNV-1a: a stable key → partition mapping, so one key always lands in one partition. */
export function partitionFor(key: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % partitions;
}
