import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
import { oncePerDatabase, type DatabaseSession } from './once-per-database';
import { PeriodicWorker } from './periodic-worker';

describe('oncePerDatabase: one instance of a worker per database at a time (advisory lock)', () => {
  let db: TestDatabase;
  let pool: Pool;
  let released: number;

  beforeAll(async () => {
    db = await createTestDatabase('periodic_lock');
    pool = new Pool({ connectionString: db.url, max: 4 });
  });

  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  beforeEach(() => (released = 0));

  async function openSession(): Promise<DatabaseSession> {
    const client = await pool.connect();
    return {
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
      release: async () => {
        released += 1;
        client.release();
      },
    };
  }

  /** Advisory locks held on this test's database (the server is shared with other tests). */
  const heldLocks = async (): Promise<number> =>
    (
      await pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks
          WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      )
    ).rows[0].n;

  it('runs the work on one instance while another skips the round, then frees the lock', async () => {
    let finish!: () => void;
    const blocked = new Promise<void>((resolve) => (finish = resolve));
    const first = new PeriodicWorker({
      name: 'test:lock-a',
      intervalMs: 60_000,
      tick: oncePerDatabase('test:lock-a', openSession, async () => {
        await blocked;
        return 'pruned';
      }),
    });
    let secondWorked = false;
    const second = new PeriodicWorker({
      name: 'test:lock-a',
      intervalMs: 60_000,
      tick: oncePerDatabase('test:lock-a', openSession, async () => {
        secondWorked = true;
        return 'pruned';
      }),
    });

    const running = first.runNow();
    await waitFor(async () => (await heldLocks()) === 1, { what: 'the first instance holding the lock' });
    await expect(second.runNow()).resolves.toBeNull();
    expect(secondWorked).toBe(false);

    finish();
    await expect(running).resolves.toBe('pruned');
    expect(await heldLocks()).toBe(0);
    await expect(second.runNow()).resolves.toBe('pruned');
    expect(released).toBe(3);
  });

  it('unlocks and releases the session when the work fails', async () => {
    const failing = oncePerDatabase('test:lock-b', openSession, async () => {
      throw new Error('statement timeout');
    });
    await expect(failing(new AbortController().signal)).rejects.toThrow('statement timeout');
    expect(released).toBe(1);
    expect(await heldLocks()).toBe(0);
    const next = oncePerDatabase('test:lock-b', openSession, async () => 'ran');
    await expect(next(new AbortController().signal)).resolves.toBe('ran');
  });

  it('locks per worker name: another worker on the same database is not held up', async () => {
    let finish!: () => void;
    const blocked = new Promise<void>((resolve) => (finish = resolve));
    const long = oncePerDatabase('test:lock-c', openSession, () => blocked);
    const running = long(new AbortController().signal);
    await waitFor(async () => (await heldLocks()) === 1, { what: 'the first instance holding the lock' });
    const other = oncePerDatabase('test:lock-d', openSession, async () => 'ran');
    await expect(other(new AbortController().signal)).resolves.toBe('ran');
    finish();
    await running;
  });

  it('names the lock after the worker, as csg.<worker name>', async () => {
    const holder = await openSession();
    try {
      await holder.query('SELECT pg_advisory_lock(hashtext($1))', ['csg.test:lock-e']);
      const tick = oncePerDatabase('test:lock-e', openSession, async () => 'ran');
      await expect(tick(new AbortController().signal)).resolves.toBeNull();
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', ['csg.test:lock-e']);
      await expect(tick(new AbortController().signal)).resolves.toBe('ran');
    } finally {
      await holder.release();
    }
  });
});
