import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../../persistence/test/free-port';
import { ensureTestPostgres } from './ensure-test-postgres';

describe('ensureTestPostgres', () => {
  const saved = process.env.TEST_DATABASE_ADMIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.TEST_DATABASE_ADMIN_URL;
    else process.env.TEST_DATABASE_ADMIN_URL = saved;
  });

  it('ensureTestPostgres_WhenNoServerAnswers_StartsTheEmbeddedOneAndPublishesItsUrl', async () => {
    delete process.env.TEST_DATABASE_ADMIN_URL;
    const dataDir = await mkdtemp(join(tmpdir(), 'embedded-pg-test-'));
    const silentPort = await freePort();
    const testPostgres = await ensureTestPostgres({
      probeUrl: `postgres://postgres@127.0.0.1:${silentPort}/postgres`,
      dataDir: join(dataDir, 'postgres'),
      port: await freePort(),
    });
    try {
      expect(process.env.TEST_DATABASE_ADMIN_URL).toBe(testPostgres.adminUrl);
      const client = new Client({ connectionString: testPostgres.adminUrl });
      await client.connect();
      const { rows } = await client.query<{ version: string }>('SELECT version()');
      await client.end();
      expect(rows[0].version).toMatch(/^PostgreSQL 18/);
    } finally {
      await testPostgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(process.env.TEST_DATABASE_ADMIN_URL).toBeUndefined();
  });

  it('ensureTestPostgres_WhenAdminUrlIsConfigured_UsesItAsIs', async () => {
    process.env.TEST_DATABASE_ADMIN_URL = 'postgres://someone@db.example:5432/postgres';
    const testPostgres = await ensureTestPostgres();
    expect(testPostgres.adminUrl).toBe('postgres://someone@db.example:5432/postgres');
    await testPostgres.stop();
  });
});
