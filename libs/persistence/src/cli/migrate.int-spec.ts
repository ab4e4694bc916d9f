import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '@csg/testing/postgres/test-database';
import { freePort } from '../../test/free-port';
import { SAMPLE_MIGRATIONS } from '../../test/sample-schema.fixture';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres.server';
import { runMigrateCli, type MigrationTarget } from './migrate';

const VARIABLES = [
  'DATABASE_URL',
  'AGENCIES_DATABASE_URL',
  'SESSIONS_DATABASE_URL',
  'EMBEDDED_PG_DATA_DIR',
  'EMBEDDED_PG_PORT',
];

async function migrationCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM migrations');
    return rows[0].count;
  } finally {
    await client.end();
  }
}

const TARGETS: MigrationTarget[] = [
  { name: 'agencies', migrations: SAMPLE_MIGRATIONS },
  { name: 'sessions', migrations: SAMPLE_MIGRATIONS.slice(0, 1) },
];

describe('npm run migrate', () => {
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));

  beforeAll(() => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  beforeEach(() => VARIABLES.forEach((name) => delete process.env[name]));
  afterAll(() => {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    jest.restoreAllMocks();
  });

  it('migrate_WhenDatabaseUrlIsSet_MigratesThatDatabase', async () => {
    const database = await createTestDatabase('cli_distributed');
    try {
      process.env.DATABASE_URL = database.url;
      await runMigrateCli(['agencies'], TARGETS);
      expect(await migrationCount(database.url)).toBe(2);
    } finally {
      await database.drop();
    }
  });

  it('migrate_WhenNoUrlIsSet_StartsTheEmbeddedServerMigratesAndStopsIt', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'embedded-pg-cli-'));
    try {
      process.env.EMBEDDED_PG_DATA_DIR = join(dataDir, 'postgres');
      process.env.EMBEDDED_PG_PORT = String(await freePort());
      await runMigrateCli(['agencies', 'sessions'], TARGETS);

      const server = await startEmbeddedPostgres();
      try {
        expect(await migrationCount(server.urlFor('csg_agencies'))).toBe(2);
        expect(await migrationCount(server.urlFor('csg_sessions'))).toBe(1);
      } finally {
        await server.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('migrate_WhenServiceIsUnknown_FailsBeforeTouchingADatabase', async () => {
    process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:1/never';
    await expect(runMigrateCli(['payroll'], TARGETS)).rejects.toThrow(/Unknown service\(s\): payroll/);
  });
});
