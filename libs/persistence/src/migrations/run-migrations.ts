import { type DataSource, MigrationExecutor } from 'typeorm';
import { createMigrationProgressReporter } from './migration-progress.reporter';
import { ProgressMigrationExecutor } from './progress-migration.executor';

export interface RunMigrationsOptions {
  /** Progress lines. Default console.log. */
  log?: (message: string) => void;
  /** Show a progress bar instead of per-migration lines. Default: whether stdout is a terminal. */
  progressBar?: boolean;
}

export interface MigrationRunReport {
  applied: string[];
  durationMs: number;
}

/** Serialises concurrent runs against one database (e.g. two replicas starting at once). */
const MIGRATION_LOCK_KEY = 7_101_202_503;

async function quietly(action: () => Promise<unknown>): Promise<void> {
  await action().catch(() => undefined);
}

/**
 * Runs the pending migrations of `dataSource` (initialised), each in its own transaction, under
 * a PostgreSQL advisory lock, without the pool's statement and lock timeouts.
 */
export async function runMigrations(
  dataSource: DataSource,
  opts: RunMigrationsOptions = {},
): Promise<MigrationRunReport> {
  const log = opts.log ?? ((message: string) => console.log(message));
  const startedAt = Date.now();
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.query('SET statement_timeout = 0');
    await queryRunner.query('SET lock_timeout = 0');
    await queryRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const pending = await new MigrationExecutor(dataSource, queryRunner).getPendingMigrations();
    if (pending.length === 0) {
      log('no pending migrations');
      return { applied: [], durationMs: Date.now() - startedAt };
    }
    const names = pending.map((migration) => migration.name);
    const reporter = createMigrationProgressReporter(
      names,
      log,
      opts.progressBar ?? process.stdout.isTTY === true,
    );
    const executor = new ProgressMigrationExecutor(dataSource, queryRunner, reporter);
    executor.transaction = 'each';
    try {
      const applied = await executor.executePendingMigrations();
      reporter.complete();
      return { applied: applied.map((migration) => migration.name), durationMs: Date.now() - startedAt };
    } catch (error) {
      reporter.fail(error);
      throw error;
    }
  } finally {
    await quietly(() => queryRunner.query('SELECT pg_advisory_unlock_all()'));
    await quietly(() => queryRunner.query('RESET statement_timeout'));
    await quietly(() => queryRunner.query('RESET lock_timeout'));
    await queryRunner.release();
  }
}
