import type { Pool } from 'pg';
import type { RetentionRule, RetentionSession } from '../../retention/retention-pruner';

/**
 * The bus log's retention: a message goes once it is older than `busDays` (`deadLetterDays` on
 * the dead-letter topics, which no group consumes: operators list and replay them) and no
 * consumer group that reads its partition is still before it. A group's committed offset is
 * `next_offset`: every message below it is consumed, so a message at or above any group's
 * offset is kept however old it is.
 */
export function busRetention(busDays: number, deadLetterDays: number): RetentionRule {
  return {
    table: 'bus_messages',
    deleteBatch: async (session, limit) => {
      const [row] = await session.query<{ n: number }>(
        `WITH doomed AS (
           DELETE FROM bus_messages WHERE ctid = ANY(ARRAY(
             SELECT m.ctid FROM bus_messages m
              WHERE m.appended_at < now() - make_interval(days => CASE WHEN m.topic LIKE 'csg.dlq.%' THEN $3::int ELSE $2::int END)
                AND NOT EXISTS (
                  SELECT 1 FROM bus_group_offsets g
                   WHERE g.topic = m.topic AND g.partition = m.partition AND g.next_offset <= m."offset")
              LIMIT $1))
           RETURNING 1)
         SELECT count(*)::int AS n FROM doomed`,
        [limit, busDays, deadLetterDays],
      );
      return row.n;
    },
  };
}

/** A pruning session on the bus pool. */
export function poolSession(pool: Pool): () => Promise<RetentionSession> {
  return async () => {
    const client = await pool.connect();
    return {
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
      release: async () => client.release(),
    };
  };
}
