import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  AddNoteAuthor1700000000102,
  CreateNotes1700000000101,
  CreateTags1700000000103,
  noteMigrationRuns,
} from '../../test/note-migrations.fixture';
import { migrationSourceFiles } from './migration-fingerprint';
import {
  createServiceTestDatabase,
  serviceTemplateName,
  TEMPLATES_KEPT_PER_SERVICE,
} from './template-database';
import { type TestDatabase, testDatabaseUrl, withAdmin } from './test-database';

/** A service name of this test's own, so its templates are new and nobody else's. */
const newService = () => `tpltest-${randomBytes(4).toString('hex')}`;

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function templatesOf(service: string): Promise<string[]> {
  const { rows } = await withAdmin((admin) =>
    admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname',
      [`tpl_${service.replace('-', '_')}_%`],
    ),
  );
  return rows.map((row) => row.datname);
}

async function dropTemplatesOf(service: string): Promise<void> {
  for (const name of await templatesOf(service))
    await withAdmin(async (admin) => {
      const id = admin.escapeIdentifier(name);
      await admin.query(`ALTER DATABASE ${id} WITH IS_TEMPLATE false`);
      await admin.query(`DROP DATABASE ${id} WITH (FORCE)`);
    });
}

describe('service template databases (PostgreSQL)', () => {
  const services: string[] = [];
  const databases: TestDatabase[] = [];
  const copy = async (service: string, migrations: Parameters<typeof createServiceTestDatabase>[2]) => {
    const database = await createServiceTestDatabase('tpl_copy', service, migrations);
    databases.push(database);
    return database;
  };
  const service = () => {
    const name = newService();
    services.push(name);
    return name;
  };

  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
    for (const name of services) await dropTemplatesOf(name);
  });

  it('createServiceTestDatabase_WhenCopiedTwice_GivesIndependentMigratedDatabases', async () => {
    const notes = service();
    const first = await copy(notes, [CreateNotes1700000000101]);
    const second = await copy(notes, [CreateNotes1700000000101]);

    await query(first.url, `INSERT INTO notes (id, body) VALUES (1, 'only in the first')`);

    expect(first.name).not.toBe(second.name);
    expect(await query(first.url, 'SELECT id, body FROM notes')).toEqual([
      { id: 1, body: 'only in the first' },
    ]);
    expect(await query(second.url, 'SELECT id FROM notes')).toEqual([]);
    expect(await query(second.url, 'SELECT name FROM migrations')).toEqual([
      { name: 'CreateNotes1700000000101' },
    ]);
  });

  it('template_OnceBuilt_IsATemplateNobodyCanConnectTo', async () => {
    const notes = service();
    await copy(notes, [CreateNotes1700000000101]);
    const template = serviceTemplateName(notes, [CreateNotes1700000000101]);

    expect(await templatesOf(notes)).toEqual([template]);
    await expect(query(await testDatabaseUrl(template), 'SELECT 1')).rejects.toThrow(
      /not currently accepting connections/,
    );
  });

  it('serviceTemplateName_WhenTheMigrationListChanges_NamesAnotherTemplateWithTheNewSchema', async () => {
    const notes = service();
    const before = [CreateNotes1700000000101];
    const after = [CreateNotes1700000000101, AddNoteAuthor1700000000102];

    expect(serviceTemplateName(notes, before)).toMatch(/^tpl_tpltest_[0-9a-f]{8}_[0-9a-f]{12}$/);
    expect(serviceTemplateName(notes, [...before])).toBe(serviceTemplateName(notes, before));
    expect(serviceTemplateName(notes, after)).not.toBe(serviceTemplateName(notes, before));
    expect(serviceTemplateName(notes, [CreateTags1700000000103])).not.toBe(
      serviceTemplateName(notes, before),
    );
    await copy(notes, before);
    const migrated = await copy(notes, after);
    expect(
      await query(
        migrated.url,
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'notes' ORDER BY 1`,
      ),
    ).toEqual([{ column_name: 'author' }, { column_name: 'body' }, { column_name: 'id' }]);
  });

  it('migrationSourceFiles_OfAMigration_IncludeTheFilesItsFileImports', () => {
    expect(migrationSourceFiles([CreateNotes1700000000101])).toEqual([
      'libs/testing/test/note-columns.fixture.ts',
      'libs/testing/test/note-migrations.fixture.ts',
    ]);
  });

  it('createServiceTestDatabase_WhenCalledConcurrently_BuildsTheTemplateOnce', async () => {
    const notes = service();
    const runsBefore = noteMigrationRuns.addNoteAuthor;

    const copies = await Promise.all(
      Array.from({ length: 5 }, () => copy(notes, [CreateNotes1700000000101, AddNoteAuthor1700000000102])),
    );

    expect(noteMigrationRuns.addNoteAuthor - runsBefore).toBe(1);
    expect(await templatesOf(notes)).toHaveLength(1);
    for (const database of copies)
      expect(await query(database.url, 'SELECT count(*)::int AS n FROM migrations')).toEqual([{ n: 2 }]);
  });

  it('createServiceTestDatabase_WhenATemplateWasLeftHalfBuilt_RebuildsIt', async () => {
    const notes = service();
    const template = serviceTemplateName(notes, [CreateNotes1700000000101]);
    await withAdmin((admin) => admin.query(`CREATE DATABASE ${admin.escapeIdentifier(template)}`));

    const database = await copy(notes, [CreateNotes1700000000101]);

    expect(await query(database.url, 'SELECT count(*)::int AS n FROM notes')).toEqual([{ n: 0 }]);
  });

  it(`createServiceTestDatabase_AfterANewMigrationSet_KeepsOnlyTheNewest${TEMPLATES_KEPT_PER_SERVICE}Templates`, async () => {
    const notes = service();
    const sets = [
      [CreateNotes1700000000101],
      [CreateTags1700000000103],
      [CreateNotes1700000000101, AddNoteAuthor1700000000102],
      [CreateNotes1700000000101, CreateTags1700000000103],
    ];
    for (const set of sets) await (await copy(notes, set)).drop();

    expect(await templatesOf(notes)).toEqual(
      sets
        .slice(-TEMPLATES_KEPT_PER_SERVICE)
        .map((set) => serviceTemplateName(notes, set))
        .sort(),
    );
  });
});
