/* eslint-disable @typescript-eslint/no-unsafe-function-type -- TypeORM entity classes */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '@csg/testing/postgres/test-database';
import { SERVICES } from './services';

const APPS = join(__dirname, '..', '..');

/** Every `*.orm-entity.ts` of a service (the naming rule of the style guide), recursively. */
function entityFilesOf(service: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith('.orm-entity.ts')
          ? [join(dir, entry.name)]
          : [],
    );
  return walk(join(APPS, service, 'src'));
}

/** The TypeORM entity classes those files export. */
function entitiesOf(service: string): Function[] {
  const exported = entityFilesOf(service).flatMap((file) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- found by the naming rule
    Object.values(require(file) as Record<string, unknown>),
  );
  const tables = new Set(getMetadataArgsStorage().tables.map((table) => table.target));
  return exported.filter((value): value is Function => typeof value === 'function' && tables.has(value));
}

/**
 * ADR 13: migrations own the schema, entities describe it. For every declared service, its
 * migrations on a fresh database and then TypeORM's own comparison with its entities: a
 * pending change means an entity and the migrated table disagree (a column type, a nullable,
 * a length, a missing column or table). New services get this check by being declared.
 */
describe.each(SERVICES.map((service) => [service.name, service] as const))(
  'the %s entities against its migrated schema (PostgreSQL)',
  (name, service) => {
    it(`schemaBuilder_AfterEveryMigrationOf_${name}_HasNoPendingChange`, async () => {
      const entities = entitiesOf(name);
      const database = await createTestDatabase(`schema_${name}`);
      const dataSource = createServiceDataSource({
        name: `${name}-schema-check`,
        url: database.url,
        entities,
        migrations: [...service.migrations],
      });
      try {
        await dataSource.initialize();
        await runMigrations(dataSource, { log: () => undefined, progressBar: false });
        const pending = await dataSource.driver.createSchemaBuilder().log();
        expect({
          service: name,
          entities: entities.length,
          pending: pending.upQueries.map((q) => q.query),
        }).toEqual({
          service: name,
          entities: entities.length,
          pending: [],
        });
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
        await database.drop();
      }
    });
  },
);
