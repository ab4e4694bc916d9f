import {
  type DataSource,
  type Migration,
  MigrationExecutor,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

export interface MigrationProgressListener {
  started(migration: Migration): void;
  /** Called once the migration ran and was recorded, just before its transaction commits. */
  finished(migration: Migration): void;
}

/**
 * TypeORM's own executor (pending detection, per-migration transactions, per-migration
 * `transaction = false` overrides), with hooks around each migration for progress reporting.
 */
export class ProgressMigrationExecutor extends MigrationExecutor {
  constructor(
    dataSource: DataSource,
    queryRunner: QueryRunner,
    private readonly listener: MigrationProgressListener,
  ) {
    super(dataSource, queryRunner);
  }

  protected override getMigrations(): Migration[] {
    return super.getMigrations().map((migration) => {
      const original = migration.instance;
      if (!original) return migration;
      const wrapped = Object.create(original) as MigrationInterface;
      wrapped.up = (queryRunner: QueryRunner) => {
        this.listener.started(migration);
        return original.up(queryRunner);
      };
      migration.instance = wrapped;
      return migration;
    });
  }

  protected override async insertExecutedMigration(
    queryRunner: QueryRunner,
    migration: Migration,
  ): Promise<void> {
    await super.insertExecutedMigration(queryRunner, migration);
    this.listener.finished(migration);
  }
}
