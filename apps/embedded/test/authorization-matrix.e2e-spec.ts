import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { generateApiKey, RouteTable } from '@csg/auth';
import { AgencyRegistered, createPlatformEventRegistry, MemberAdded } from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { createServiceDataSource } from '@csg/persistence';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
import { Agency, type AgencyState } from '../../agencies/src/agencies/domain/agency.aggregate';
import { agencyStateData } from '../../agencies/src/agencies/infrastructure/agency.mapper';
import { AgencyOrmEntity } from '../../agencies/src/agencies/infrastructure/agency.orm-entity';
import { AgencyRepository } from '../../agencies/src/agencies/infrastructure/agency.repository';
import { Member, type MemberRole } from '../../agencies/src/members/domain/member.aggregate';
import { memberStateData } from '../../agencies/src/members/infrastructure/member.mapper';
import { MemberOrmEntity } from '../../agencies/src/members/infrastructure/member.orm-entity';
import { MemberRepository } from '../../agencies/src/members/infrastructure/member.repository';
import { createEmbeddedPlatform, EMBEDDED_DATABASES, type EmbeddedPlatform } from '../src/embedded-platform';
import { devToken, listenOnFreePort, useDevAuth } from './platform-test-harness';

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

/** Seeded ids (fixed up front so the table can name them). */
const agencyA = randomUUID();
const agencyB = randomUUID();
/** An ACTIVE agency the operators suspend and reinstate. */
const agencyC = randomUUID();
/** A pending application the operators verify. */
const agencyP = randomUUID();
/** A member of A the agency's admin and the operators change and remove. */
const spareMemberOfA = randomUUID();

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
};

const UNPREFIXED = new Set(['health/live', 'health/ready', 'metrics']);

describe('authorisation matrix: every route × every kind of caller', () => {
  let platform: EmbeddedPlatform;
  let baseUrl: string;
  const databases: Record<string, TestDatabase> = {};
  const headers = {} as Record<PrincipalName, Record<string, string>>;

  beforeAll(async () => {
    useDevAuth();
    for (const service of Object.keys(EMBEDDED_DATABASES))
      databases[service] = await createTestDatabase(`matrix_${service}`);
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db.url])) as never;
    platform = await createEmbeddedPlatform({ databaseUrls: urls });
    baseUrl = (await listenOnFreePort(platform.app)).baseUrl;
    await seedMemberships(databases.agencies.url);
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
  });

  afterAll(async () => {
    await platform?.stop();
    for (const db of Object.values(databases)) await db.drop();
  });

  /**
   * Agencies A, B, C (active) and P (pending), with their people, written as the agencies
   * service writes them: rows and their events in one transaction.
   */
  async function seedMemberships(url: string): Promise<void> {
    const dataSource = createServiceDataSource({
      name: 'matrix-seed',
      url,
      entities: [AgencyOrmEntity, MemberOrmEntity],
      migrations: [],
    });
    await dataSource.initialize();
    try {
      const uow = new UnitOfWork(
        dataSource,
        new OutboxWriter(createPlatformEventRegistry(), '/csg/agencies'),
      );
      const now = new Date();
      const agency = (id: string, acronym: string, status: AgencyState['status']): AgencyState => ({
        id,
        name: acronym,
        acronym,
        tier: 'FEDERAL',
        jurisdiction: null,
        sector: 'OTHER',
        parentAgencyId: null,
        contactEmail: `${acronym}@example.gov`,
        website: null,
        status,
        version: 1,
        createdAt: now,
        updatedAt: now,
        applicant:
          status === 'PENDING_VERIFICATION'
            ? { sub: 'applicant-p', displayName: 'P', email: 'p@x.gov' }
            : null,
      });
      const member = (agencyId: string, sub: string, role: MemberRole, id = randomUUID()) =>
        Member.restore({
          id,
          agencyId,
          sub,
          email: `${sub}@example.gov`,
          displayName: sub,
          title: null,
          role,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
      await uow.run(async (tx) => {
        const agencies = new AgencyRepository(tx.manager);
        for (const state of [
          agency(agencyA, 'AAA', 'ACTIVE'),
          agency(agencyB, 'BBB', 'ACTIVE'),
          agency(agencyC, 'CCC', 'ACTIVE'),
          agency(agencyP, 'PPP', 'PENDING_VERIFICATION'),
        ]) {
          await agencies.insert(Agency.restore(state));
          tx.emit(AgencyRegistered, agencyStateData(state));
        }
        const members = new MemberRepository(tx.manager);
        for (const m of [
          member(agencyA, 'member-a', 'member'),
          member(agencyA, 'admin-a', 'agency-admin'),
          member(agencyA, 'spare-a', 'member', spareMemberOfA),
          member(agencyB, 'member-b', 'member'),
        ]) {
          await members.insert(m);
          tx.emit(MemberAdded, memberStateData(m.snapshot()));
        }
      });
    } finally {
      await dataSource.destroy();
    }
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
