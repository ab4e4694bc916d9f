import { DataSource } from 'typeorm';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { SESSIONS_MIGRATIONS } from './sessions.migrations';

describe('the sessions migrations (PostgreSQL)', () => {
  let database: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('sessions_migrations');
    ds = createServiceDataSource({
      name: 'sessions-migrations',
      url: database.url,
      entities: [],
      migrations: SESSIONS_MIGRATIONS,
    });
    await ds.initialize();
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await database?.drop();
  });

  it('creates the schema on an empty database, in order, and a second run applies nothing', async () => {
    const report = await runMigrations(ds, { log: () => undefined, progressBar: false });
    expect(report.applied).toEqual(SESSIONS_MIGRATIONS.map((m) => m.name));
    const tables = (
      await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'sessions',
        'agenda_items',
        'registrations',
        'materials',
        'feedback',
        'agency_directory',
        'idempotency_keys',
        'outbox',
        'inbox',
        'projected_memberships',
      ]),
    );
    expect((await runMigrations(ds, { log: () => undefined, progressBar: false })).applied).toEqual([]);
  });

  it('holds the rules the tables can hold themselves: one number per session, one place per person and e-mail', async () => {
    const session = (sequence: number) =>
      ds.query(
        `INSERT INTO sessions (id, sequence, title, description, starts_at, ends_at, timezone, mode, venue, capacity, status, version, created_at, updated_at)
         VALUES (gen_random_uuid(), $1, 'T', '', now() + interval '1 day', now() + interval '25 hours', 'UTC', 'IN_PERSON', 'V', 10, 'SCHEDULED', 1, now(), now())
         RETURNING id`,
        [sequence],
      );
    const [{ id }] = await session(1);
    await expect(session(1)).rejects.toThrow(/sessions_sequence_key/);
    await expect(
      ds.query(`UPDATE sessions SET ends_at = starts_at - interval '1 hour' WHERE id = $1`, [id]),
    ).rejects.toThrow(/sessions_check/);
    const place = (email: string, status = 'CONFIRMED', hash = email) =>
      ds.query(
        `INSERT INTO registrations (id, session_id, agency_id, name, email, status, registered_by, check_in_code_hash, created_at, updated_at)
         VALUES (gen_random_uuid(), $1, gen_random_uuid(), 'N', $2, $3, 'x', $4, now(), now())`,
        [id, email, status, hash],
      );
    await place('a@x.gov');
    await expect(place('A@x.gov', 'WAITLISTED', 'other')).rejects.toThrow(
      /registrations_one_place_per_email/,
    );
    await ds.query(`UPDATE registrations SET status = 'CANCELLED' WHERE session_id = $1`, [id]);
    await expect(place('A@x.gov', 'CONFIRMED', 'third')).resolves.toBeDefined();
    const positions: Array<{ position: string }> = await ds.query(
      `SELECT position FROM registrations WHERE session_id = $1 ORDER BY position`,
      [id],
    );
    expect(Number(positions[1].position)).toBeGreaterThan(Number(positions[0].position));
  });

  it("reverts every migration, the auth library's included, and applies them again", async () => {
    for (let i = 0; i < SESSIONS_MIGRATIONS.length; i += 1)
      await ds.undoLastMigration({ transaction: 'each' });
    const tables = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables).toEqual([{ table_name: 'migrations' }]);
    const report = await runMigrations(ds, { log: () => undefined, progressBar: false });
    expect(report.applied).toEqual(SESSIONS_MIGRATIONS.map((m) => m.name));
  });
});
