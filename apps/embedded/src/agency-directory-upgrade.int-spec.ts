/* eslint-disable @typescript-eslint/no-unsafe-function-type -- TypeORM takes migration classes as Function */
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { CreateAgencyDirectory1764300000300, projectAgency } from '@csg/auth';
import type { AgencyStateData } from '@csg/contracts';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { SERVICES } from './services';

/*
 * The agency-directory migrations the services carried before ADR 67, as they were: a database
 * deployed then has run one of them, is recorded under its name, and holds the table's rows.
 */
const COLUMNS_BEFORE_ADR_67 = `
  agency_id uuid PRIMARY KEY,
  name text NOT NULL,
  acronym text NOT NULL,
  tier text NOT NULL,
  sector text NOT NULL,
  status text NOT NULL,
  version integer NOT NULL,
  updated_at timestamptz NOT NULL`;

class CreateSessionAgencyDirectory1764300002050 implements MigrationInterface {
  name = 'CreateSessionAgencyDirectory1764300002050';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agency_directory (${COLUMNS_BEFORE_ADR_67})`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agency_directory`);
  }
}

class CreateAgencyDirectory1764300004000 implements MigrationInterface {
  name = 'CreateAgencyDirectory1764300004000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_directory (
        agency_id uuid PRIMARY KEY,
        name text NOT NULL,
        acronym text NOT NULL,
        tier text NOT NULL,
        jurisdiction text,
        sector text NOT NULL,
        status text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agency_directory`);
  }
}

class CreateAgencyDirectory1764300005100 implements MigrationInterface {
  name = 'CreateAgencyDirectory1764300005100';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agency_directory (${COLUMNS_BEFORE_ADR_67})`);
    await q.query(`CREATE INDEX agency_directory_name_idx ON agency_directory (lower(name), agency_id)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agency_directory`);
  }
}

const BEFORE_ADR_67: Record<string, Function> = {
  sessions: CreateSessionAgencyDirectory1764300002050,
  notifications: CreateAgencyDirectory1764300004000,
  maturity: CreateAgencyDirectory1764300005100,
};

/**
 * The public schema as PostgreSQL describes it: columns (by name; a column added later sits last
 * in the table, which no query here depends on), indexes and constraints.
 */
async function schemaOf(ds: DataSource): Promise<unknown> {
  const [columns, indexes, constraints] = await Promise.all([
    ds.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
    ),
    ds.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
    ds.query(
      `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    ),
  ]);
  return { columns, indexes, constraints };
}

async function migrated(
  database: TestDatabase,
  migrations: readonly Function[],
  work: (ds: DataSource, applied: string[]) => Promise<void>,
): Promise<void> {
  const ds = createServiceDataSource({
    name: `upgrade-${database.name}`,
    url: database.url,
    entities: [],
    migrations: [...migrations],
  });
  await ds.initialize();
  try {
    const { applied } = await runMigrations(ds, { log: () => undefined, progressBar: false });
    await work(ds, applied);
  } finally {
    await ds.destroy();
  }
}

const AGENCY = '5a0c4c8e-2f43-4f1e-9a57-0d2d8f1e7b11';

/**
 * ADR 67: the agency directory's migration moved to the auth library. A database that ran its
 * service's own directory migration, then the new list, ends with the schema a fresh database
 * gets, and keeps its rows.
 */
describe.each(Object.keys(BEFORE_ADR_67))(
  'the %s agency directory moved to the auth library (PostgreSQL)',
  (name) => {
    const service = SERVICES.find((s) => s.name === name)!;
    const databases: TestDatabase[] = [];
    const database = async (label: string) => {
      const created = await createTestDatabase(`${label}_${name}`);
      databases.push(created);
      return created;
    };

    afterAll(async () => {
      for (const created of databases) await created.drop();
    });

    it(`migrations_OfADatabaseDeployedBeforeADR67_EndInTheFreshSchemaWithTheRowsKept`, async () => {
      expect(service.migrations).toContain(CreateAgencyDirectory1764300000300);
      const before = [
        ...service.migrations.filter((m) => m !== CreateAgencyDirectory1764300000300),
        BEFORE_ADR_67[name],
      ];
      const deployed = await database('deployed');
      await migrated(deployed, before, async (ds) => {
        await ds.query(
          `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
         VALUES ($1, 'Higher Education Commission', 'HEC', 'FEDERAL', 'EDUCATION', 'ACTIVE', 3, '2026-11-01T00:00:00Z')`,
          [AGENCY],
        );
      });

      let upgraded: unknown;
      await migrated(deployed, service.migrations, async (ds, applied) => {
        expect(applied).toEqual(['CreateAgencyDirectory1764300000300']);
        upgraded = await schemaOf(ds);
        expect(await ds.query(`SELECT name, tier, jurisdiction, version FROM agency_directory`)).toEqual([
          { name: 'Higher Education Commission', tier: 'FEDERAL', jurisdiction: null, version: 3 },
        ]);
        const moved: AgencyStateData = {
          agencyId: AGENCY,
          name: 'Higher Education Commission',
          acronym: 'HEC',
          tier: 'PROVINCIAL',
          jurisdiction: 'SINDH',
          sector: 'EDUCATION',
          parentAgencyId: null,
          contactEmail: 'cert@hec.gov',
          website: null,
          status: 'ACTIVE',
          version: 4,
          occurredAt: '2026-12-01T00:00:00Z',
        };
        await projectAgency(ds.manager, moved);
        expect(await ds.query(`SELECT tier, jurisdiction, version FROM agency_directory`)).toEqual([
          { tier: 'PROVINCIAL', jurisdiction: 'SINDH', version: 4 },
        ]);
      });

      let fresh: unknown;
      await migrated(await database('fresh'), service.migrations, async (ds) => {
        fresh = await schemaOf(ds);
      });
      expect(upgraded).toEqual(fresh);
    });
  },
);
