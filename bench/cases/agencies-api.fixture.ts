import { startApiPair, type ApiPair } from '../lib/api-pair';
import type { BenchContext } from '../lib/bench-case';
import { shared } from '../lib/shared-resources';

/**
 * Both sides of the API cases (bench/lib/api-pair.ts): the bare Fastify + pg server and the
 * agencies service. A person with the organiser role holds a dev token for the platform
 * (organisers register ACTIVE agencies).
 */
export interface AgenciesApiPair extends Omit<ApiPair, 'token'> {
  token: string;
}

export async function startAgenciesApiPair(ctx: BenchContext, name: string): Promise<AgenciesApiPair> {
  const pair = await startApiPair(ctx, name, { service: 'agencies', script: 'agencies-platform.server.js' });
  try {
    return { ...pair, token: await pair.token('bench-organiser', ['organiser']) };
  } catch (error) {
    await pair.stop();
    throw error;
  }
}

export const AGENCIES_API = 'agencies-api';

/** One pair for both API cases in a run (starting it costs more than a quick round). */
export function sharedAgenciesApiPair(ctx: BenchContext): Promise<AgenciesApiPair> {
  return shared(AGENCIES_API, () => startAgenciesApiPair(ctx, 'api'));
}

export const AGENCY_BODY = {
  name: 'Bench Reading Agency',
  acronym: 'BRA',
  tier: 'FEDERAL',
  sector: 'INFORMATION_TECHNOLOGY',
  contactEmail: 'cert@bench.example.gov.pk',
};

/** Creates one agency on a side and returns its id. */
export async function createAgency(url: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(AGENCY_BODY),
  });
  if (response.status !== 201) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
