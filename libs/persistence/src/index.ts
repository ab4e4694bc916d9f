export { databaseName, ensureDatabasesExist, maintenanceUrl, redactUrl } from './database-admin';
export { ensureDatabaseExists, resolveDatabaseUrl, serviceDatabaseUrlVariable } from './database-url';
export {
  DEFAULT_EMBEDDED_PG_DATA_DIR,
  DEFAULT_EMBEDDED_PG_PORT,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
  type EmbeddedPostgresOptions,
} from './embedded/embedded-postgres.server';
export { openEmbeddedDatabase, postgresAnswers } from './embedded/embedded-database';
export { runMigrateCli, type MigrationTarget } from './cli/migrate';
export {
  runMigrations,
  type MigrationRunReport,
  type RunMigrationsOptions,
} from './migrations/run-migrations';
export {
  InjectServiceDataSource,
  PersistenceModule,
  serviceDataSourceToken,
  type PersistenceForServiceOptions,
} from './persistence.module';
export { createServiceDataSource, type ServiceDataSourceOptions } from './service-data-source';
export { embeddedDatabaseName } from './service-names';
export { snakeCase, SnakeNamingStrategy } from './snake-naming.strategy';
export {
  EntityInsert,
  namedStatement,
  namedStatementOfShape,
  queryNamed,
  rowsOfNamed,
  type NamedStatement,
} from './named-statements';
