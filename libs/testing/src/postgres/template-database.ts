import type { Client } from 'pg';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { migrationsFingerprint } from './migration-fingerprint';
import {
  databaseNamePart,
  randomTestDatabaseName,
  testDatabaseHandle,
  testDatabaseUrl,
  type TestDatabase,
  withAdmin,
} from './test-database';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes migration classes as Function
type MigrationClass = Function;

/** Templates of one service kept on the server (the newest), so branches sharing it rebuild seldom. */
export const TEMPLATES_KEPT_PER_SERVICE = 3;

/** `tpl_<service>_<fingerprint of its migrations>`: a changed migration set names another template. */
export function serviceTemplateName(service: string, migrations: readonly MigrationClass[]): string {
  return `tpl_${databaseNamePart(service)}_${migrationsFingerprint(migrations)}`;
}

const lockKey = (template: string) => `csg-test-template:${template}`;

async function isReadyTemplate(admin: Client, template: string): Promise<boolean> {
  const { rowCount } = await admin.query(
    'SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate AND NOT datallowconn',
    [template],
  );
  return rowCount === 1;
}

/** Migrates a new database, closes every connection to it, then marks it a template nobody can connect to. */
async function buildTemplate(
  admin: Client,
  template: string,
  service: string,
  migrations: readonly MigrationClass[],
): Promise<void> {
  const id = admin.escapeIdentifier(template);
  // A database by that name that is not yet a template was left half-built by a crashed run.
  await admin.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${id}`);
  try {
    const dataSource = createServiceDataSource({
      name: `${service}-template`,
      url: await testDatabaseUrl(template),
      entities: [],
      migrations: [...migrations],
      poolSize: 1,
    });
    await dataSource.initialize();
    try {
      await runMigrations(dataSource, { log: () => undefined, progressBar: false });
    } finally {
      await dataSource.destroy();
    }
    await admin.query(`ALTER DATABASE ${id} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  } catch (error) {
    await admin.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`).catch(() => undefined);
    throw error;
  }
}

/**
 * Drops the service's older templates beyond the newest TEMPLATES_KEPT_PER_SERVICE (database OIDs
 * grow with creation), each only when no one is copying or building it right now.
 */
async function dropStaleTemplates(admin: Client, service: string, current: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE datname ~ $1 AND datname <> $2 ORDER BY oid DESC OFFSET $3',
    [`^tpl_${databaseNamePart(service)}_[0-9a-f]{12}$`, current, TEMPLATES_KEPT_PER_SERVICE - 1],
  );
  for (const { datname } of rows) {
    const { rows: got } = await admin.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [lockKey(datname)],
    );
    if (!got[0].locked) continue;
    const id = admin.escapeIdentifier(datname);
    await admin.query(`ALTER DATABASE ${id} WITH IS_TEMPLATE false`);
    await admin.query(`DROP DATABASE ${id} WITH (FORCE)`);
    await admin.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [lockKey(datname)]);
  }
}

/**
 * A fresh database `t_<prefix>_<random>` holding the service's migrated schema, copied with
 * `CREATE DATABASE … TEMPLATE` from `tpl_<service>_<fingerprint>`. The first caller of a run (or
 * of a changed migration set) builds the template under an exclusive advisory lock; copies hold
 * the same lock shared, so a template is never built, copied and dropped at once.
 */
export async function createServiceTestDatabase(
  prefix: string,
  service: string,
  migrations: readonly MigrationClass[],
): Promise<TestDatabase> {
  const template = serviceTemplateName(service, migrations);
  const name = randomTestDatabaseName(prefix);
  // Session-level locks: ending the admin connection (withAdmin) releases them.
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock_shared(hashtextextended($1, 0))', [lockKey(template)]);
    if (!(await isReadyTemplate(admin, template))) {
      await admin.query('SELECT pg_advisory_unlock_shared(hashtextextended($1, 0))', [lockKey(template)]);
      await admin.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [lockKey(template)]);
      if (!(await isReadyTemplate(admin, template))) {
        await buildTemplate(admin, template, service, migrations);
        await dropStaleTemplates(admin, service, template);
      }
    }
    await admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`,
    );
  });
  return testDatabaseHandle(name);
}
