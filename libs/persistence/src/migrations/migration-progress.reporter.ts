import { Presets, SingleBar } from 'cli-progress';
import type { Migration } from 'typeorm';
import type { MigrationProgressListener } from './progress-migration.executor';

export interface MigrationProgressReporter extends MigrationProgressListener {
  complete(): void;
  fail(error: unknown): void;
}

/**
 * One line per migration ("migration 2/5: CreateOutbox1700000000000 ... done in 12 ms"), or a
 * progress bar on a terminal, followed by a summary line.
 */
export function createMigrationProgressReporter(
  names: readonly string[],
  log: (message: string) => void,
  showBar: boolean,
): MigrationProgressReporter {
  const total = names.length;
  const startedAt = Date.now();
  let current: { name: string; index: number; since: number } | undefined;
  const bar = showBar
    ? new SingleBar(
        { format: 'migrations [{bar}] {value}/{total} {migration}', hideCursor: true },
        Presets.shades_classic,
      )
    : undefined;
  bar?.start(total, 0, { migration: '' });
  const position = (name: string): string => `migration ${names.indexOf(name) + 1}/${total}: ${name}`;

  return {
    started(migration: Migration) {
      current = { name: migration.name, index: names.indexOf(migration.name), since: Date.now() };
      bar?.update(current.index, { migration: migration.name });
    },
    finished(migration: Migration) {
      const elapsed = Date.now() - (current?.since ?? startedAt);
      if (bar) bar.update(names.indexOf(migration.name) + 1, { migration: migration.name });
      else log(`${position(migration.name)} ... done in ${elapsed} ms`);
      current = undefined;
    },
    complete() {
      bar?.stop();
      log(`applied ${total} migration${total === 1 ? '' : 's'} in ${Date.now() - startedAt} ms`);
    },
    fail(error: unknown) {
      bar?.stop();
      const reason = error instanceof Error ? error.message : String(error);
      const where = current
        ? `${position(current.name)} ... failed after ${Date.now() - current.since} ms`
        : 'migrations failed';
      log(`${where}: ${reason}`);
    },
  };
}
