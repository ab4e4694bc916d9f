/** One database connection, held for a whole tick: a session-level advisory lock belongs to it. */
export interface DatabaseSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  release(): Promise<void>;
}

/**
 * A tick that one instance per database runs at a time: it opens a session, takes
 * `pg_try_advisory_lock(hashtext('csg.<worker name>'))`, runs `work` on that session and unlocks;
 * an instance that finds the lock held skips the round (the tick resolves `null`). For work that
 * claims no rows of its own (pruning); a worker that claims rows with `FOR UPDATE SKIP LOCKED`
 * runs on every instance without it.
 */
export function oncePerDatabase<T>(
  workerName: string,
  openSession: () => Promise<DatabaseSession>,
  work: (session: DatabaseSession, stopping: AbortSignal) => Promise<T>,
): (stopping: AbortSignal) => Promise<T | null> {
  const lockKey = `csg.${workerName}`;
  return async (stopping) => {
    const session = await openSession();
    try {
      const [lock] = await session.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
        [lockKey],
      );
      if (!lock.locked) return null;
      try {
        return await work(session, stopping);
      } finally {
        await session.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
      }
    } finally {
      await session.release();
    }
  };
}
