import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import type { DataSource } from 'typeorm';
import {
  BrokenMigration1700000000003,
  SAMPLE_MIGRATIONS,
  SampleNote,
} from '../../test/sample-schema.fixture';
import { createServiceDataSource } from '../service-data-source';
import { runMigrations } from './run-migrations';

describe('createServiceDataSource + runMigrations', () => {
  let database: TestDatabase;
  const opened: DataSource[] = [];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const open = async (migrations: Function[] = SAMPLE_MIGRATIONS): Promise<DataSource> => {
    const dataSource = createServiceDataSource({
      name: 'sample-service',
      url: database.url,
      entities: [SampleNote],
      migrations,
      poolSize: 3,
    });
    opened.push(dataSource);
    return dataSource.initialize();
  };

  beforeEach(async () => {
    database = await createTestDatabase('persistence_migrations');
  });
  afterEach(async () => {
    await Promise.all(
      opened.splice(0).map((dataSource) => (dataSource.isInitialized ? dataSource.destroy() : undefined)),
    );
    await database.drop();
  });

  it('runMigrations_WhenPending_AppliesEachAndReportsProgress', async () => {
    const dataSource = await open();
    const lines: string[] = [];
    const report = await runMigrations(dataSource, { log: (line) => lines.push(line), progressBar: false });

    expect(report.applied).toEqual(['CreateSampleNote1700000000001', 'AddHomeAddress1700000000002']);
    expect(lines[0]).toMatch(/^migration 1\/2: CreateSampleNote1700000000001 \.\.\. done in \d+ ms$/);
    expect(lines[1]).toMatch(/^migration 2\/2: AddHomeAddress1700000000002 \.\.\. done in \d+ ms$/);
    expect(lines[2]).toMatch(/^applied 2 migrations in \d+ ms$/);
    const again = await runMigrations(dataSource, { log: (line) => lines.push(line), progressBar: false });
    expect(again.applied).toEqual([]);
    expect(lines.at(-1)).toBe('no pending migrations');
  });

  it('dataSource_WhenMigrated_MapsCamelCasePropertiesToSnakeCaseColumns', async () => {
    const dataSource = await open();
    await runMigrations(dataSource, { log: () => undefined, progressBar: false });
    const notes = dataSource.getRepository(SampleNote);
    await notes.save(notes.create({ noteTitle: 'Zero trust', homeAddress: { postalCode: '44000' } }));

    const [row] = await dataSource.query(
      'SELECT note_title, home_address_postal_code, created_at FROM sample_note',
    );
    expect(row).toMatchObject({ note_title: 'Zero trust', home_address_postal_code: '44000' });
    expect(await notes.findOneByOrFail({ noteTitle: 'Zero trust' })).toMatchObject({
      homeAddress: { postalCode: '44000' },
    });
    const [session] = await dataSource.query(
      'SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()',
    );
    expect(session.application_name).toBe('sample-service');
  });

  it('runMigrations_WhenOneFails_RollsBackOnlyThatOneAndRethrows', async () => {
    const dataSource = await open([...SAMPLE_MIGRATIONS, BrokenMigration1700000000003]);
    const lines: string[] = [];
    await expect(
      runMigrations(dataSource, { log: (line) => lines.push(line), progressBar: false }),
    ).rejects.toThrow(/no_such_table/);

    expect(lines.at(-1)).toMatch(
      /^migration 3\/3: BrokenMigration1700000000003 \.\.\. failed after \d+ ms: .*no_such_table/,
    );
    const tables = await dataSource.query<{ table_name: string }[]>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((table) => table.table_name)).toEqual(['migrations', 'sample_note']);
    const [timeouts] = await dataSource.query('SHOW statement_timeout');
    expect(timeouts.statement_timeout).toBe('30s');
  });

  it('runMigrations_WhenTwoInstancesStartAtOnce_AppliesEachMigrationOnce', async () => {
    const [first, second] = await Promise.all([open(), open()]);
    const quiet = { log: () => undefined, progressBar: false };
    const reports = await Promise.all([runMigrations(first, quiet), runMigrations(second, quiet)]);

    expect(reports.flatMap((report) => report.applied).sort()).toEqual([
      'AddHomeAddress1700000000002',
      'CreateSampleNote1700000000001',
    ]);
    const [{ count }] = await first.query('SELECT count(*)::int AS count FROM migrations');
    expect(count).toBe(2);
  });
});
