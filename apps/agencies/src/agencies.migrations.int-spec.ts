import { DataSource } from 'typeorm';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { AGENCIES_MIGRATIONS } from './agencies.migrations';

describe('the agencies migrations (PostgreSQL)', () => {
  let database: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('agencies_migrations');
    ds = createServiceDataSource({
      name: 'agencies-migrations',
      url: database.url,
      entities: [],
      migrations: AGENCIES_MIGRATIONS,
    });
    await ds.initialize();
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await database?.drop();
  });

  const tables = async () =>
    (
      await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);

  it('creates the schema on an empty database, in order', async () => {
    const report = await runMigrations(ds, { log: () => undefined, progressBar: false });
    expect(report.applied).toEqual(AGENCIES_MIGRATIONS.map((m) => m.name));
    expect(await tables()).toEqual(
      expect.arrayContaining([
        'agencies',
        'members',
        'idempotency_keys',
        'outbox',
        'inbox',
        'projected_memberships',
      ]),
    );
  });

  it('holds the rules the table can hold itself', async () => {
    const insert = (overrides: string) =>
      ds.query(
        `INSERT INTO agencies (id, name, acronym, tier, jurisdiction, sector, contact_email, status, version, created_at, updated_at)
         SELECT gen_random_uuid(), 'N', 'X' || floor(random() * 1e9)::text, 'FEDERAL', NULL, 'OTHER', 'a@b.c', 'ACTIVE', 1, now(), now()
         ${overrides}`,
      );
    await expect(insert('')).resolves.toBeDefined();
    await expect(ds.query(`UPDATE agencies SET tier = 'PROVINCIAL'`)).rejects.toThrow(
      /agencies_jurisdiction_check/,
    );
    await expect(ds.query(`UPDATE agencies SET sector = 'SPACE'`)).rejects.toThrow(/agencies_sector_check/);
    await expect(ds.query(`UPDATE agencies SET parent_agency_id = id`)).rejects.toThrow(
      /agencies_not_own_parent_check/,
    );
  });

  it('serves a name search from the trigram index', async () => {
    await ds.query(`SET enable_seqscan = off`);
    const plan: Array<{ 'QUERY PLAN': string }> = await ds.query(
      `EXPLAIN SELECT id FROM agencies WHERE search_text LIKE '%punj%'`,
    );
    await ds.query(`SET enable_seqscan = on`);
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toContain('agencies_search_trgm_idx');
  });

  it('reverts every migration and applies them again', async () => {
    await ds.query(`DELETE FROM agencies`);
    for (let i = 0; i < AGENCIES_MIGRATIONS.length; i += 1)
      await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['migrations']);
    const report = await runMigrations(ds, { log: () => undefined, progressBar: false });
    expect(report.applied).toHaveLength(AGENCIES_MIGRATIONS.length);
  });
});
