import { startEmbeddedTestPlatform, TestPlatform } from '../../embedded/test/platform-test-harness';

/** The embedded platform on fresh test databases, with helpers to call its API as someone. */
export class AgenciesTestPlatform extends TestPlatform {
  static async start(prefix: string): Promise<AgenciesTestPlatform> {
    return new AgenciesTestPlatform(await startEmbeddedTestPlatform(prefix));
  }
}

let counter = 0;

/** A valid agency body with a unique acronym. */
export function agencyBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    name: `Agency ${counter} ${Date.now() % 100000}`,
    acronym: `A${counter}X${process.hrtime.bigint() % 100000n}`,
    tier: 'FEDERAL',
    sector: 'INFORMATION_TECHNOLOGY',
    contactEmail: `cert${counter}@example.gov.pk`,
    ...overrides,
  };
}

export function memberBody(sub: string, role: 'agency-admin' | 'member' = 'member'): Record<string, unknown> {
  return { sub, email: `${sub}@example.gov.pk`, displayName: `Person ${sub}`, role };
}
