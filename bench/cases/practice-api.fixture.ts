import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { EXCHANGE_MIGRATIONS } from '../../apps/exchange/src/exchange.migrations';
import { startApiPair, type ApiPair } from '../lib/api-pair';
import type { BenchContext } from '../lib/bench-case';

/** The agency whose member writes and reads practices in the practice cases. */
export const BENCH_AGENCY_ID = '00000000-0000-4000-8000-00000000000a';

/**
 * Both sides of the practice cases (bench/lib/api-pair.ts): the bare Fastify + pg server (the
 * same as the agencies cases') and the exchange service. The exchange's membership projection
 * holds one member of an ACTIVE agency (as the agencies events would have put it there);
 * `member` and `organiser` hold tokens.
 */
export interface PracticeApiPair extends Omit<ApiPair, 'token'> {
  member: string;
  organiser: string;
}

export async function startPracticeApiPair(ctx: BenchContext, name: string): Promise<PracticeApiPair> {
  const pair = await startApiPair(ctx, name, {
    service: 'exchange',
    script: 'practice-platform.server.js',
    prepare: seedMembership,
  });
  try {
    return {
      ...pair,
      member: await pair.token('bench-member', []),
      organiser: await pair.token('bench-organiser', ['organiser']),
    };
  } catch (error) {
    await pair.stop();
    throw error;
  }
}

/** The exchange database migrated, with one member of one ACTIVE agency in its projection. */
async function seedMembership(url: string): Promise<void> {
  const dataSource = createServiceDataSource({
    name: 'bench-exchange-seed',
    url,
    entities: [],
    migrations: EXCHANGE_MIGRATIONS,
  });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, { log: () => undefined, progressBar: false });
    await dataSource.query(
      `INSERT INTO projected_agencies (agency_id, name, acronym, status, version, updated_at)
       VALUES ($1, 'Bench agency', 'BENCH', 'ACTIVE', 1, now())`,
      [BENCH_AGENCY_ID],
    );
    await dataSource.query(
      `INSERT INTO projected_memberships (agency_id, sub, member_id, role, version, updated_at)
       VALUES ($1, 'bench-member', gen_random_uuid(), 'member', 1, now())`,
      [BENCH_AGENCY_ID],
    );
  } finally {
    await dataSource.destroy();
  }
}

/** A valid practice body for the bench agency (drafts have no unique field). */
export function practiceBody(n: number): Record<string, unknown> {
  return {
    agencyId: BENCH_AGENCY_ID,
    title: `Bench practice ${n}: phishing-resistant MFA`,
    summary: 'How an agency rolled out FIDO2 security keys to all staff in six weeks',
    body: '# Steps\n\n1. Pilot with the SOC\n2. Roll out by department\n3. Retire SMS codes',
    tags: ['mfa', 'identity'],
    sectors: ['OTHER'],
    frameworkRefs: ['PR.AA', 'PR.AA-03'],
    tlp: 'TLP:GREEN',
  };
}
