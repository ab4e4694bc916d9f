import type { EntityManager } from 'typeorm';

/** A job kind and what it does when due, inside the scheduler's transaction. */
export interface DueJobHandler {
  kind: string;
  run(ref: string, manager: EntityManager, tx: import('@csg/messaging').TransactionContext): Promise<void>;
}

/** Adds (or moves) a due job: one row per kind and ref, kept in the database so restarts lose nothing. */
export async function scheduleJob(
  manager: EntityManager,
  kind: string,
  ref: string,
  dueAt: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO due_jobs (kind, ref, due_at) VALUES ($1, $2, $3)
     ON CONFLICT (kind, ref) DO UPDATE SET due_at = EXCLUDED.due_at, attempts = 0, last_error = NULL`,
    [kind, ref, dueAt],
  );
}

export async function cancelJob(manager: EntityManager, kind: string, ref: string): Promise<void> {
  await manager.query(`DELETE FROM due_jobs WHERE kind = $1 AND ref = $2`, [kind, ref]);
}
