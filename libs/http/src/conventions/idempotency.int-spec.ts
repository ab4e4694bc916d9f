import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { ApplicationError, ErrorStatusRegistry } from '../problem/error-statuses';
import { ProblemException } from '../problem/problem-details';
import { CreateIdempotencyKeys1764300000200 } from './1764300000200-create-idempotency-keys.migration';
import { idempotencyRequest } from './idempotency-key';
import { runIdempotently } from './idempotency.store';

describe('runIdempotently (PostgreSQL)', () => {
  let database: TestDatabase;
  let ds: DataSource;
  let created = 0;

  beforeAll(async () => {
    database = await createTestDatabase('http_idempotency');
    ds = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [CreateIdempotencyKeys1764300000200],
    });
    await ds.initialize();
    await ds.runMigrations();
    await ds.query(`CREATE TABLE things (id serial PRIMARY KEY, name text NOT NULL)`);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await database?.drop();
  });

  const create = (key: string | undefined, body: { name: string }, scope = 'person:a|POST /things') =>
    ds.transaction((m) =>
      runIdempotently(m, idempotencyRequest(key, scope, body), async () => {
        created += 1;
        const [row] = await m.query(`INSERT INTO things (name) VALUES ($1) RETURNING id, name`, [body.name]);
        return row as { id: number; name: string };
      }),
    );

  it('runs once per key and answers a retry with the first response', async () => {
    const before = created;
    const first = await create('k1', { name: 'one' });
    const retry = await create('k1', { name: 'one' });
    expect(first.replayed).toBe(false);
    expect(retry).toEqual({ body: first.body, replayed: true });
    expect(created - before).toBe(1);
  });

  it('refuses the same key with another request (an application error the edge maps to 422)', async () => {
    await create('k2', { name: 'two' });
    const error = await create('k2', { name: 'other' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplicationError);
    expect(error).not.toBeInstanceOf(ProblemException);
    expect((error as ApplicationError).code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect(new ErrorStatusRegistry().statusOf('IDEMPOTENCY.KEY_REUSED')).toBe(422);
  });

  it('keeps keys of different scopes apart', async () => {
    const mine = await create('k3', { name: 'three' });
    const theirs = await create('k3', { name: 'three' }, 'person:b|POST /things');
    expect(theirs.replayed).toBe(false);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('forgets a key whose transaction failed, so the retry runs', async () => {
    const failing = ds.transaction((m) =>
      runIdempotently(m, idempotencyRequest('k4', 's', { name: 'four' }), async () => {
        throw new Error('boom');
      }),
    );
    await expect(failing).rejects.toThrow('boom');
    const retry = await create('k4', { name: 'four' }, 's');
    expect(retry.replayed).toBe(false);
  });

  it('makes concurrent requests with one key wait for the first and share its response', async () => {
    const before = created;
    const results = await Promise.all([1, 2, 3, 4].map(() => create('k5', { name: 'five' })));
    expect(created - before).toBe(1);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
  });

  it('runs every time without a key', async () => {
    const [a, b] = [await create(undefined, { name: 'x' }), await create(undefined, { name: 'x' })];
    expect(a.body.id).not.toBe(b.body.id);
  });
});
