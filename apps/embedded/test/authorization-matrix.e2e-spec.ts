import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { generateApiKey, RouteTable } from '@csg/auth';
import {
  AgencyRegistered,
  createPlatformEventRegistry,
  MemberAdded,
  type AgencyStateData,
  type MemberStateData,
} from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
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
  expect: Record<PrincipalName, Outcome>;
}

const everyone = (outcome: Outcome, except: Partial<Record<PrincipalName, Outcome>> = {}) =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, except[p] ?? outcome])) as Record<PrincipalName, Outcome>;

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
};

const UNPREFIXED = new Set(['health/live', 'health/ready', 'metrics']);

describe('authorisation matrix: every route × every kind of caller', () => {
  let platform: EmbeddedPlatform;
  let baseUrl: string;
  const databases: Record<string, TestDatabase> = {};
  const headers = {} as Record<PrincipalName, Record<string, string>>;
  const agencyA = randomUUID();
  const agencyB = randomUUID();

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

  /** Agencies A and B, active, with their people, written as the agencies service writes them. */
  async function seedMemberships(url: string): Promise<void> {
    const dataSource = new DataSource({ type: 'postgres', url });
    await dataSource.initialize();
    try {
      const uow = new UnitOfWork(
        dataSource,
        new OutboxWriter(createPlatformEventRegistry(), '/csg/agencies'),
      );
      const now = new Date().toISOString();
      const agency = (agencyId: string, acronym: string): AgencyStateData => ({
        agencyId,
        name: acronym,
        acronym,
        tier: 'FEDERAL',
        jurisdiction: null,
        sector: 'OTHER',
        parentAgencyId: null,
        contactEmail: `${acronym}@example.gov`,
        website: null,
        status: 'ACTIVE',
        version: 2,
        occurredAt: now,
      });
      const member = (agencyId: string, sub: string, role: 'agency-admin' | 'member'): MemberStateData => ({
        memberId: randomUUID(),
        agencyId,
        sub,
        email: `${sub}@example.gov`,
        displayName: sub,
        title: null,
        role,
        version: 1,
        occurredAt: now,
      });
      await uow.run(async (tx) => {
        tx.emit(AgencyRegistered, agency(agencyA, 'AAA'));
        tx.emit(AgencyRegistered, agency(agencyB, 'BBB'));
        tx.emit(MemberAdded, member(agencyA, 'member-a', 'member'));
        tx.emit(MemberAdded, member(agencyA, 'admin-a', 'agency-admin'));
        tx.emit(MemberAdded, member(agencyB, 'member-b', 'member'));
      });
    } finally {
      await dataSource.destroy();
    }
  }

  async function waitForProjections(): Promise<void> {
    for (const service of ['agencies', 'sessions', 'exchange', 'notifications']) {
      const client = new Client({ connectionString: databases[service].url });
      await client.connect();
      try {
        await waitFor(
          async () => {
            const { rows } = await client.query('SELECT count(*)::int AS n FROM projected_memberships');
            return rows[0].n === 3;
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
    const concrete = path.replace(':id', agencyA);
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
