import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AgencyStateData } from '@csg/contracts/catalogue/agencies.events';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { CreateAgencyDirectory1764300000300 } from './1764300000300-create-agency-directory.migration';
import { projectAgency } from './agency-directory.projection';

const T0 = Date.parse('2026-01-01T00:00:00Z');

function agency(agencyId: string, version: number, changes: Partial<AgencyStateData> = {}): AgencyStateData {
  return {
    agencyId,
    name: 'Punjab Information Technology Board',
    acronym: 'PITB',
    tier: 'PROVINCIAL',
    jurisdiction: 'PUNJAB',
    sector: 'INFORMATION_TECHNOLOGY',
    parentAgencyId: null,
    contactEmail: 'soc@pitb.gov',
    website: null,
    status: 'ACTIVE',
    version,
    occurredAt: new Date(T0 + version * 60_000).toISOString(),
    ...changes,
  };
}

describe('the agency directory (PostgreSQL)', () => {
  let database: TestDatabase;
  let ds: DataSource;

  /** Each event in its own transaction, as the inbox delivers it. */
  const deliver = async (...agencies: AgencyStateData[]) => {
    for (const a of agencies) await ds.transaction((m) => projectAgency(m, a));
  };
  const entry = async (agencyId: string) =>
    (
      await ds.query(
        `SELECT name, tier, jurisdiction, sector, status, version FROM agency_directory WHERE agency_id = $1`,
        [agencyId],
      )
    )[0];

  beforeAll(async () => {
    database = await createTestDatabase('auth_agency_directory');
    ds = createServiceDataSource({
      name: 'auth-agency-directory-test',
      url: database.url,
      entities: [],
      migrations: [CreateAgencyDirectory1764300000300],
    });
    await ds.initialize();
    await runMigrations(ds, { log: () => undefined, progressBar: false });
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await database?.drop();
  });

  it('projectAgency_EventsOutOfOrderAndTwice_EndsInTheLatestState', async () => {
    const a = randomUUID();
    const registered = agency(a, 1, { status: 'PENDING_VERIFICATION' });
    const verified = agency(a, 2);
    const moved = agency(a, 3, { tier: 'FEDERAL', jurisdiction: null, sector: 'HEALTH' });
    await deliver(verified, moved, registered, verified, moved);
    expect(await entry(a)).toEqual({
      name: 'Punjab Information Technology Board',
      tier: 'FEDERAL',
      jurisdiction: null,
      sector: 'HEALTH',
      status: 'ACTIVE',
      version: 3,
    });
  });

  it('projectAgency_AProvincialAgency_KeepsItsJurisdiction', async () => {
    const a = randomUUID();
    await deliver(agency(a, 1));
    expect(await entry(a)).toMatchObject({ tier: 'PROVINCIAL', jurisdiction: 'PUNJAB', version: 1 });
  });

  it('migration_RunTwiceOverItsOwnTable_ChangesNothing', async () => {
    const a = randomUUID();
    await deliver(agency(a, 4));
    const runner = ds.createQueryRunner();
    try {
      await new CreateAgencyDirectory1764300000300().up(runner);
    } finally {
      await runner.release();
    }
    expect(await entry(a)).toMatchObject({ jurisdiction: 'PUNJAB', version: 4 });
  });
});
