import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { generateApiKey, RouteTable } from '@csg/auth';
import { waitFor } from '@csg/testing/wait-for';
import {
  devToken,
  postJson,
  startEmbeddedTestPlatform,
  useDevAuth,
  type EmbeddedTestPlatform,
} from './platform-test-harness';
import { EXCHANGE_MATRIX, seedExchangeMatrix } from './matrix/exchange.matrix';
import { MATURITY_MATRIX, seedMaturityMatrix } from './matrix/maturity.matrix';
import { NOTIFICATIONS_MATRIX, seedNotificationsMatrix } from './matrix/notifications.matrix';
import { SESSIONS_MATRIX, seedSessionsMatrix } from './matrix/sessions.matrix';

const PRINCIPALS = [
  'anonymous',
  'memberOfA',
  'adminOfA',
  'memberOfB',
  'organiser',
  'platformAdmin',
  'integrationKey',
] as const;
type PrincipalName = (typeof PRINCIPALS)[number];
/** `allowed`: the route's handler ran (any status but 401 and 403; never a 5xx). */
type Outcome = 'allowed' | 401 | 403;

interface RouteCase {
  body?: (agencyA: string) => unknown;
  /** Concrete path parameters; by default `:id` is agency A and `:memberId` a spare member of A. */
  params?: () => Record<string, string>;
  expect: Record<PrincipalName, Outcome>;
}

const everyone = (outcome: Outcome, except: Partial<Record<PrincipalName, Outcome>> = {}) =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, except[p] ?? outcome])) as Record<PrincipalName, Outcome>;

/** Seeded ids (through the API before the cases run; the table reads them when a case runs). */
let agencyA: string = randomUUID();
let agencyB: string = randomUUID();
/** An ACTIVE agency the operators suspend and reinstate. */
let agencyC: string = randomUUID();
/** A pending application the operators verify. */
let agencyP: string = randomUUID();
/** A member of A the agency's admin and the operators change and remove. */
let spareMemberOfA: string = randomUUID();

const signedIn = everyone('allowed', { anonymous: 401, integrationKey: 401 });
const operatorsOnly = everyone(403, {
  anonymous: 401,
  integrationKey: 401,
  organiser: 'allowed',
  platformAdmin: 'allowed',
});
const operatorsAndAdminOfA = { ...operatorsOnly, adminOfA: 'allowed' as const };
const operatorsAndMembersOfA = { ...operatorsAndAdminOfA, memberOfA: 'allowed' as const };

/**
 * The expected outcome of every route for every kind of caller. A route the process serves but
 * this table lacks fails the test, so a new route cannot ship without its row. Integration keys
 * are accepted only by the services that own key stores; elsewhere they are refused as unknown.
 */
const MATRIX: Record<string, RouteCase> = {
  'GET health/live': { expect: everyone('allowed', { integrationKey: 401 }) },
  'GET health/ready': { expect: everyone('allowed', { integrationKey: 401 }) },
  'GET metrics': { expect: everyone('allowed', { integrationKey: 401 }) },
  'POST dev/tokens': {
    body: () => ({ sub: 'someone' }),
    expect: everyone('allowed', { integrationKey: 401 }),
  },
  'GET dev/jwks.json': { expect: everyone('allowed', { integrationKey: 401 }) },
  'POST agencies': {
    body: () => ({
      name: 'Matrix agency',
      acronym: `M${randomUUID().slice(0, 8)}`,
      tier: 'FEDERAL',
      sector: 'OTHER',
      contactEmail: 'matrix@example.gov',
    }),
    expect: everyone('allowed', { anonymous: 401, integrationKey: 401 }),
  },
  'GET agencies/:id': { expect: everyone('allowed', { anonymous: 401, integrationKey: 401 }) },
  'GET agencies': { expect: signedIn },
  'PATCH agencies/:id': { body: () => ({ website: 'https://a.example.gov' }), expect: operatorsAndAdminOfA },
  'POST agencies/:id/verify': { params: () => ({ id: agencyP }), expect: operatorsOnly },
  'POST agencies/:id/suspend': { params: () => ({ id: agencyC }), expect: operatorsOnly },
  'POST agencies/:id/reinstate': { params: () => ({ id: agencyC }), expect: operatorsOnly },
  'POST agencies/:id/members': {
    body: () => ({
      sub: `matrix-${randomUUID()}`,
      email: 'm@example.gov',
      displayName: 'Matrix person',
      role: 'member',
    }),
    expect: operatorsAndAdminOfA,
  },
  'GET agencies/:id/members': { expect: operatorsAndMembersOfA },
  'PATCH agencies/:id/members/:memberId': {
    body: () => ({ title: 'Analyst' }),
    expect: operatorsAndAdminOfA,
  },
  'DELETE agencies/:id/members/:memberId': { expect: operatorsAndAdminOfA },
  'GET me': { expect: signedIn },
  ...NOTIFICATIONS_MATRIX,
  ...SESSIONS_MATRIX,
  ...MATURITY_MATRIX,
  ...EXCHANGE_MATRIX,
};

const UNPREFIXED = new Set(['health/live', 'health/ready', 'metrics']);

describe('authorisation matrix: every route × every kind of caller', () => {
  let running: EmbeddedTestPlatform;
  let platform: EmbeddedTestPlatform['platform'];
  let baseUrl: string;
  let databases: EmbeddedTestPlatform['databases'];
  const headers = {} as Record<PrincipalName, Record<string, string>>;

  beforeAll(async () => {
    useDevAuth();
    // The integration key is refused on every person's route: far more 401s than the default
    // authentication-failure limits allow (docs/adr/0018; the limits are proven in edge.e2e-spec).
    process.env.RATE_LIMIT_AUTH_FAILURES_PER_ADDRESS = '100000';
    process.env.RATE_LIMIT_AUTH_FAILURES_PER_PRINCIPAL = '100000';
    running = await startEmbeddedTestPlatform('matrix');
    ({ platform, baseUrl, databases } = running);
    await seedThroughTheApi();
    await waitForProjections();
    const bearer = async (sub: string, roles: string[] = []) => ({
      authorization: `Bearer ${await devToken(baseUrl, { sub, roles })}`,
    });
    headers.anonymous = {};
    headers.memberOfA = await bearer('member-a');
    headers.adminOfA = await bearer('admin-a');
    headers.memberOfB = await bearer('member-b');
    headers.organiser = await bearer('organiser-1', ['organiser']);
    headers.platformAdmin = await bearer('admin-1', ['platform-admin']);
    headers.integrationKey = { authorization: `Bearer ${generateApiKey().key}` };
    await seedNotificationsMatrix({ baseUrl, headers, agencyA, agencyB });
    await seedSessionsMatrix({ baseUrl, headers, agencyA, agencyB });
    await seedMaturityMatrix({ baseUrl, headers, agencyA, agencyB });
    await seedExchangeMatrix({ baseUrl, headers, agencyA, agencyB });
  });

  afterAll(async () => {
    await running?.stop();
  });

  /**
   * Agencies A, B, C (active) and P (pending), with their people, created the way anyone
   * creates them: through the agencies API (an organiser registers, a person applies, the
   * organiser adds members), so the rows and their events are the service's own.
   */
  async function seedThroughTheApi(): Promise<void> {
    const bearerOf = async (sub: string, roles: string[] = []) => ({
      authorization: `Bearer ${await devToken(baseUrl, { sub, roles })}`,
    });
    const create = async (path: string, as: Record<string, string>, body: unknown): Promise<string> => {
      const answer = await postJson(`${baseUrl}/api/v1/${path}`, body, as);
      if (answer.status !== 201)
        throw new Error(`seeding ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return (answer.body as { id: string }).id;
    };
    const agency = (acronym: string) => ({
      name: acronym,
      acronym,
      tier: 'FEDERAL',
      sector: 'OTHER',
      contactEmail: `${acronym.toLowerCase()}@example.gov`,
    });
    const member = (sub: string, role: 'member' | 'agency-admin') => ({
      sub,
      email: `${sub}@example.gov`,
      displayName: sub,
      role,
    });
    const organiser = await bearerOf('seed-organiser', ['organiser']);
    agencyA = await create('agencies', organiser, agency('AAA'));
    agencyB = await create('agencies', organiser, agency('BBB'));
    agencyC = await create('agencies', organiser, agency('CCC'));
    agencyP = await create('agencies', await bearerOf('applicant-p'), agency('PPP'));
    await create(`agencies/${agencyA}/members`, organiser, member('member-a', 'member'));
    await create(`agencies/${agencyA}/members`, organiser, member('admin-a', 'agency-admin'));
    spareMemberOfA = await create(`agencies/${agencyA}/members`, organiser, member('spare-a', 'member'));
    await create(`agencies/${agencyB}/members`, organiser, member('member-b', 'member'));
  }

  async function waitForProjections(): Promise<void> {
    // The agencies service reads its own members table; the others project the events.
    for (const service of ['sessions', 'exchange', 'notifications']) {
      const client = new Client({ connectionString: databases[service].url });
      await client.connect();
      try {
        await waitFor(
          async () => {
            const { rows } = await client.query('SELECT count(*)::int AS n FROM projected_memberships');
            return rows[0].n === 4;
          },
          { what: `memberships projected in ${service}` },
        );
      } finally {
        await client.end();
      }
    }
  }

  it('has a row for every route the process serves, and no row for a route it does not', () => {
    const served = platform.app
      .get(RouteTable)
      .routes()
      .map((r) => `${r.method} ${r.path}`);
    expect(served.filter((r) => !MATRIX[r])).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !served.includes(r))).toEqual([]);
  });

  const cases = Object.entries(MATRIX).flatMap(([route, c]) =>
    PRINCIPALS.map((p) => [route, p, c.expect[p]] as const),
  );

  it.each(cases)('%s as %s → %s', async (route, principal, expected) => {
    const [method, path] = route.split(' ');
    const params: Record<string, string> = {
      id: agencyA,
      memberId: spareMemberOfA,
      ...MATRIX[route].params?.(),
    };
    const concrete = path.replace(/:(\w+)/g, (_, name: string) => params[name]);
    const url = `${baseUrl}/${UNPREFIXED.has(path) ? '' : 'api/v1/'}${concrete}`;
    const body = MATRIX[route].body?.(agencyA);
    const response = await fetch(url, {
      method,
      headers: { ...headers[principal], ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const outcome = response.status === 401 || response.status === 403 ? response.status : 'allowed';
    expect({ route, principal, outcome }).toEqual({ route, principal, outcome: expected });
    expect(response.status).toBeLessThan(500);
    if (expected !== 'allowed')
      expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
