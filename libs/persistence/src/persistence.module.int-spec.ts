import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { InjectRepository } from '@nestjs/typeorm';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import type { DataSource, Repository } from 'typeorm';
import { BrokenMigration1700000000003, SAMPLE_MIGRATIONS, SampleNote } from '../test/sample-schema.fixture';
import { InjectServiceDataSource, PersistenceModule, serviceDataSourceToken } from './persistence.module';

@Injectable()
class NotesProbe {
  constructor(
    @InjectServiceDataSource('agencies') readonly agencies: DataSource,
    @InjectServiceDataSource('sessions') readonly sessions: DataSource,
    @InjectRepository(SampleNote, 'agencies') readonly agencyNotes: Repository<SampleNote>,
  ) {}
}

describe('PersistenceModule.forService', () => {
  const databases: TestDatabase[] = [];
  let app: INestApplicationContext | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
    await Promise.all(databases.splice(0).map((database) => database.drop()));
  });

  it('forService_WhenTwoServicesShareAProcess_OpensMigratesAndClosesOneDataSourceEach', async () => {
    databases.push(await createTestDatabase('module_agencies'), await createTestDatabase('module_sessions'));
    const [agenciesDb, sessionsDb] = databases;
    const moduleRef = await Test.createTestingModule({
      imports: [
        PersistenceModule.forService({
          name: 'agencies',
          url: agenciesDb.url,
          entities: [SampleNote],
          migrations: SAMPLE_MIGRATIONS,
        }),
        PersistenceModule.forService({
          name: 'sessions',
          url: sessionsDb.url,
          entities: [],
          migrations: SAMPLE_MIGRATIONS.slice(0, 1),
        }),
      ],
      providers: [NotesProbe],
    }).compile();
    app = await moduleRef.init();
    const probe = app.get(NotesProbe);

    expect(probe.agencies).not.toBe(probe.sessions);
    expect(app.get(serviceDataSourceToken('agencies'))).toBe(probe.agencies);
    await probe.agencyNotes.save({ noteTitle: 'MFA rollout', homeAddress: { postalCode: '1' } });
    expect(await probe.agencyNotes.count()).toBe(1);
    const [{ count }] = await probe.sessions.query('SELECT count(*)::int AS count FROM migrations');
    expect(count).toBe(1);

    await app.close();
    app = undefined;
    expect(probe.agencies.isInitialized).toBe(false);
    expect(probe.sessions.isInitialized).toBe(false);
  });

  it('forService_WhenAMigrationFails_FailsStartupWithoutRetrying', async () => {
    databases.push(await createTestDatabase('module_broken'));
    const startedAt = Date.now();
    const broken = Test.createTestingModule({
      imports: [
        PersistenceModule.forService({
          name: 'exchange',
          url: databases[0].url,
          entities: [],
          migrations: [...SAMPLE_MIGRATIONS, BrokenMigration1700000000003],
        }),
      ],
    }).compile();
    await expect(broken).rejects.toThrow(/no_such_table/);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });
});
