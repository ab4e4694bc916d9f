import { Presets, SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { CreateAgencyDirectory1764300000300 } from '@csg/auth/agency-directory';
import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { openEmbeddedDatabase, redactUrl, serviceDatabaseUrlVariable } from '@csg/persistence';
import type { ServiceDeclaration } from '@csg/runtime';
import { resnapshotAgencies, resnapshotProgress } from '../../../agencies/src/cli/resnapshot.cli';
import type { ResnapshotProgress } from '../../../agencies/src/agencies/commands/resnapshot-agencies/resnapshot-agencies.command';
import { CreateMemberDirectory1764300004100 } from '../../../notifications/src/audiences/infrastructure/migrations/1764300004100-create-member-directory.migration';

/**
 * The projections of the agencies service's events a service may keep, the tables that hold
 * each, the migration that creates them (a service has the projection when its migration list
 * has it), and how many rows a complete one holds after a resnapshot.
 */
const PROJECTIONS = {
  memberships: {
    tables: ['projected_agencies', 'projected_memberships', 'projected_membership_removals'],
    migration: CreateMembershipProjection1764300000100,
    filled: [
      { sql: 'SELECT count(*)::int AS n FROM projected_agencies', of: 'agencies' },
      { sql: 'SELECT count(*)::int AS n FROM projected_memberships', of: 'members' },
    ],
  },
  'agency-directory': {
    tables: ['agency_directory'],
    migration: CreateAgencyDirectory1764300000300,
    filled: [{ sql: 'SELECT count(*)::int AS n FROM agency_directory', of: 'agencies' }],
  },
  'member-directory': {
    tables: ['member_directory'],
    migration: CreateMemberDirectory1764300004100,
    filled: [{ sql: 'SELECT count(*)::int AS n FROM member_directory WHERE NOT removed', of: 'members' }],
  },
} as const satisfies Record<
  string,
  {
    tables: readonly string[];
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- a TypeORM migration class
    migration: Function;
    filled: ReadonlyArray<{ sql: string; of: 'agencies' | 'members' }>;
  }
>;

export type ProjectionName = keyof typeof PROJECTIONS;
export const PROJECTION_NAMES = Object.keys(PROJECTIONS) as ProjectionName[];

/** The projections `service` keeps (those whose migration is in its list). */
export function projectionsOf(service: ServiceDeclaration): ProjectionName[] {
  return PROJECTION_NAMES.filter((name) => service.migrations.includes(PROJECTIONS[name].migration));
}

interface Database {
  url: string;
  stop(): Promise<void>;
}

/**
 * The consumer's and the agencies service's databases: both from the environment
 * (`<SERVICE>_DATABASE_URL`, `AGENCIES_DATABASE_URL`), or both embedded. DATABASE_URL names one
 * database and this needs two, so it is not read.
 */
export async function rebuildDatabases(
  service: ServiceDeclaration,
  agencies: ServiceDeclaration,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ consumer: Database; agencies: Database } | { missing: string }> {
  const consumerVariable = serviceDatabaseUrlVariable(service.name);
  const agenciesVariable = serviceDatabaseUrlVariable(agencies.name);
  const consumerUrl = env[consumerVariable];
  const agenciesUrl = env[agenciesVariable];
  const none = async () => undefined;
  if (consumerUrl && agenciesUrl)
    return { consumer: { url: consumerUrl, stop: none }, agencies: { url: agenciesUrl, stop: none } };
  if (consumerUrl || agenciesUrl || env.DATABASE_URL)
    return {
      missing: `set both ${consumerVariable} and ${agenciesVariable} (or neither, for the embedded databases)`,
    };
  // The first opens (or starts) the embedded server; the second finds it answering.
  const consumer = await openEmbeddedDatabase(service.database, env);
  const agenciesDatabase = await openEmbeddedDatabase(agencies.database, env);
  return { consumer, agencies: agenciesDatabase };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface RebuildPlan {
  service: ServiceDeclaration;
  projection: ProjectionName;
  consumerUrl: string;
  agenciesUrl: string;
  keepRows: boolean;
  batchSize: number;
  /** Wait this long for the projection to fill up again; 0: do not wait. */
  waitMs: number;
  log(line: string): void;
}

/**
 * docs/operations.md "Rebuild a projection": empties the projection in the consumer's database
 * (unless `keepRows`), re-emits the agencies service's current state through its outbox (the
 * resnapshot), and optionally watches the projection fill up again. Resolves to whether it is
 * complete (always true without waiting).
 */
export async function rebuildProjection(plan: RebuildPlan): Promise<boolean> {
  const { tables, filled } = PROJECTIONS[plan.projection];
  const where = `${plan.service.name} (${redactUrl(plan.consumerUrl)})`;
  if (plan.keepRows) plan.log(`keeping the rows of ${tables.join(', ')} in ${where}`);
  else {
    await withClient(plan.consumerUrl, (client) => client.query(`TRUNCATE ${tables.join(', ')}`));
    plan.log(`emptied ${tables.join(', ')} in ${where}`);
  }
  const progress = resnapshotProgress();
  let emitted: ResnapshotProgress;
  try {
    emitted = await resnapshotAgencies(plan.agenciesUrl, plan.batchSize, (p) => progress.report(p));
  } finally {
    progress.stop();
  }
  plan.log(
    `${emitted.agencies} agencies and ${emitted.members} members are in the agencies outbox; ` +
      'its relay publishes them while the agencies service runs',
  );
  if (plan.waitMs === 0) return true;
  return watchFilling(plan, filled, emitted);
}

async function watchFilling(
  plan: RebuildPlan,
  filled: ReadonlyArray<{ sql: string; of: 'agencies' | 'members' }>,
  emitted: ResnapshotProgress,
): Promise<boolean> {
  const expected = filled.reduce((sum, f) => sum + emitted[f.of], 0);
  const bar = new SingleBar(
    { format: `${plan.projection} [{bar}] {value}/{total} rows`, noTTYOutput: true, notTTYSchedule: 5_000 },
    Presets.shades_classic,
  );
  bar.start(expected, 0);
  const deadline = Date.now() + plan.waitMs;
  try {
    for (;;) {
      const rows = await withClient(plan.consumerUrl, async (client) => {
        let sum = 0;
        for (const f of filled)
          sum += Math.min((await client.query<{ n: number }>(f.sql)).rows[0].n, emitted[f.of]);
        return sum;
      });
      bar.update(rows);
      if (rows >= expected) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    bar.stop();
  }
}
