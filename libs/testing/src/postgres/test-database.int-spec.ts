import { Client } from 'pg';
import { createTestDatabase, testAdminUrl } from './test-database';

async function databaseExists(name: string): Promise<boolean> {
  const admin = new Client({ connectionString: await testAdminUrl() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount === 1;
  } finally {
    await admin.end();
  }
}

describe('createTestDatabase', () => {
  it('createTestDatabase_WhenCalled_GivesAFreshEmptyDatabaseWithARandomName', async () => {
    const [first, second] = await Promise.all([
      createTestDatabase('Some Prefix!'),
      createTestDatabase('some prefix'),
    ]);
    try {
      expect(first.name).toMatch(/^t_some_prefix_[0-9a-f]{10}$/);
      expect(first.name).not.toBe(second.name);
      const client = new Client({ connectionString: first.url });
      await client.connect();
      const { rows } = await client.query(
        "SELECT current_database() AS db, count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'public'",
      );
      await client.end();
      expect(rows[0]).toEqual({ db: first.name, tables: 0 });
    } finally {
      await Promise.all([first.drop(), second.drop()]);
    }
  });

  it('drop_WhenConnectionsAreStillOpen_EndsThemAndDropsTheDatabase', async () => {
    const database = await createTestDatabase('drop');
    const lingering = new Client({ connectionString: database.url });
    lingering.on('error', () => undefined);
    await lingering.connect();

    await database.drop();

    expect(await databaseExists(database.name)).toBe(false);
    await lingering.end().catch(() => undefined);
  });
});
