import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { createPlatformEventRegistry } from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { createServiceDataSource, openEmbeddedDatabase, redactUrl } from '@csg/persistence';
import { ResnapshotAgenciesCommand } from '../agencies/commands/resnapshot-agencies/resnapshot-agencies.command';
import { ResnapshotAgenciesHandler } from '../agencies/commands/resnapshot-agencies/resnapshot-agencies.handler';
import type { ResnapshotProgress } from '../agencies/commands/resnapshot-agencies/resnapshot-agencies.command';
import { SqlAgencySnapshotSource } from '../agencies/infrastructure/agency-snapshot.reader';
import { AgencyOrmEntity } from '../agencies/infrastructure/agency.orm-entity';
import { MemberOrmEntity } from '../members/infrastructure/member.orm-entity';
import { AGENCIES_SERVICE } from '../agencies.service';

async function agenciesDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const fromEnv = process.env.AGENCIES_DATABASE_URL || process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, stop: async () => undefined };
  const database = await openEmbeddedDatabase(AGENCIES_SERVICE.database);
  if (database.startedHere) {
    console.log('the platform is not running: the snapshot events wait in the outbox until it starts');
  }
  return database;
}

/** A bar on a terminal, else a line per batch. */
export function resnapshotProgress(): { report(p: ResnapshotProgress): void; stop(): void } {
  if (!process.stdout.isTTY) {
    return {
      report: (p) =>
        console.log(`resnapshot: ${p.agencies}/${p.totalAgencies} agencies, ${p.members} members re-emitted`),
      stop: () => undefined,
    };
  }
  const bar = new SingleBar(
    { format: 'resnapshot [{bar}] {value}/{total} agencies, {members} members', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    report: (p) => {
      if (!started) bar.start(p.totalAgencies, 0, { members: 0 });
      started = true;
      bar.setTotal(p.totalAgencies);
      bar.update(p.agencies, { members: p.members });
    },
    stop: () => bar.stop(),
  };
}

/** Re-emits every agency and member of the database at `url` through its outbox. */
export async function resnapshotAgencies(
  url: string,
  batchSize: number,
  onProgress: (progress: ResnapshotProgress) => void,
): Promise<ResnapshotProgress> {
  const dataSource = createServiceDataSource({
    name: 'agencies-resnapshot',
    url,
    entities: [AgencyOrmEntity, MemberOrmEntity],
    migrations: [],
  });
  await dataSource.initialize();
  try {
    const unitOfWork = new UnitOfWork(
      dataSource,
      new OutboxWriter(createPlatformEventRegistry(), `/csg/${AGENCIES_SERVICE.name}`),
      AGENCIES_SERVICE.outbox,
    );
    return await new ResnapshotAgenciesHandler(unitOfWork, new SqlAgencySnapshotSource(unitOfWork)).execute(
      new ResnapshotAgenciesCommand(batchSize, onProgress),
    );
  } finally {
    await dataSource.destroy();
  }
}

/**
 * `csg agencies resnapshot [--batch-size <n>]`: re-emits every agency and member as
 * csg.agencies.{agency,member}.snapshotted.v1 events through the agencies outbox (see
 * docs/operations.md). The database is AGENCIES_DATABASE_URL or DATABASE_URL; without either,
 * the embedded platform's (started if it is not running).
 */
export async function runResnapshot(batchSize: number): Promise<ResnapshotProgress> {
  const { url, stop } = await agenciesDatabase();
  const progress = resnapshotProgress();
  try {
    console.log(`re-emitting the agencies of ${redactUrl(url)} in batches of ${batchSize}`);
    const done = await resnapshotAgencies(url, batchSize, (p) => progress.report(p));
    progress.stop();
    console.log(`done: ${done.agencies} agencies and ${done.members} members written to the outbox`);
    return done;
  } catch (error) {
    if ((error as { driverError?: { code?: string } }).driverError?.code === '42P01')
      throw new Error('the agencies database has no schema yet: csg migrate agencies', { cause: error });
    throw error;
  } finally {
    progress.stop();
    await stop();
  }
}
