import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
// eslint-disable-next-line no-restricted-imports -- end-to-end tests run the whole platform, as `npm start` does
import {
  createEmbeddedPlatform,
  EMBEDDED_DATABASES,
  type EmbeddedPlatform,
} from '../../embedded/src/embedded-platform';
import { devToken, listenOnFreePort, useDevAuth } from '../../embedded/test/platform-test-harness';

type Service = keyof typeof EMBEDDED_DATABASES;

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any;
}

export interface ApiRequest {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The people of the exchange tests: members of agencies A, B and C, and the operators. */
export const PEOPLE = {
  authorA: { sub: 'author-a', agency: 'A', role: 'member' },
  colleagueA: { sub: 'colleague-a', agency: 'A', role: 'member' },
  adminA: { sub: 'admin-a', agency: 'A', role: 'agency-admin' },
  memberB: { sub: 'member-b', agency: 'B', role: 'member' },
  adminB: { sub: 'admin-b', agency: 'B', role: 'agency-admin' },
  memberC: { sub: 'member-c', agency: 'C', role: 'agency-admin' },
} as const;
export type Person = keyof typeof PEOPLE | 'organiser' | 'platformAdmin' | 'anonymous';

/**
 * The embedded platform on fresh test databases with agencies A, B and C and their people,
 * registered through the agencies API and projected into the exchange's own membership tables.
 */
export class ExchangeTestPlatform {
  readonly agencies: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
  private readonly tokens = new Map<string, string>();

  private constructor(
    private readonly platform: EmbeddedPlatform,
    readonly baseUrl: string,
    readonly databases: Record<Service, TestDatabase>,
  ) {}

  static async start(prefix: string): Promise<ExchangeTestPlatform> {
    useDevAuth();
    const databases = {} as Record<Service, TestDatabase>;
    for (const service of Object.keys(EMBEDDED_DATABASES) as Service[]) {
      databases[service] = await createTestDatabase(`${prefix}_${service}`);
    }
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db.url])) as never;
    const platform = await createEmbeddedPlatform({ databaseUrls: urls });
    const { baseUrl } = await listenOnFreePort(platform.app);
    const api = new ExchangeTestPlatform(platform, baseUrl, databases);
    await api.seed();
    return api;
  }

  async stop(): Promise<void> {
    await this.platform.stop();
    for (const db of Object.values(this.databases)) await db.drop();
  }

  async token(person: Person): Promise<string | undefined> {
    if (person === 'anonymous') return undefined;
    if (!this.tokens.has(person)) {
      const claims =
        person === 'organiser'
          ? { sub: 'organiser-1', roles: ['organiser'] }
          : person === 'platformAdmin'
            ? { sub: 'platform-admin-1', roles: ['platform-admin'] }
            : { sub: PEOPLE[person].sub, name: `Person ${PEOPLE[person].sub}` };
      this.tokens.set(person, await devToken(this.baseUrl, claims));
    }
    return this.tokens.get(person);
  }

  /** Calls the API as `person`. */
  async as(person: Person, method: string, path: string, request: Omit<ApiRequest, 'token'> = {}) {
    return this.call(method, path, { ...request, token: await this.token(person) });
  }

  async call(method: string, path: string, request: ApiRequest = {}): Promise<ApiResponse> {
    const response = await fetch(`${this.baseUrl}/api/v1/${path}`, {
      method,
      headers: {
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
        ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...request.headers,
      },
      body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }

  /** One query against a service's database. */
  async query<T = any>(service: Service, sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databases[service].url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  private async seed(): Promise<void> {
    for (const name of ['A', 'B', 'C'] as const) {
      const created = await this.as('organiser', 'POST', 'agencies', {
        body: {
          name: `Exchange agency ${name} ${Date.now() % 100000}`,
          acronym: `EX${name}${process.hrtime.bigint() % 100000n}`,
          tier: 'FEDERAL',
          sector: 'INFORMATION_TECHNOLOGY',
          contactEmail: `cert-${name.toLowerCase()}@example.gov.pk`,
        },
      });
      if (created.status !== 201)
        throw new Error(`agency ${name}: ${created.status} ${JSON.stringify(created.body)}`);
      this.agencies[name] = created.body.id;
    }
    for (const person of Object.values(PEOPLE)) {
      const added = await this.as('organiser', 'POST', `agencies/${this.agencies[person.agency]}/members`, {
        body: {
          sub: person.sub,
          email: `${person.sub}@example.gov.pk`,
          displayName: person.sub,
          role: person.role,
        },
      });
      if (added.status !== 201)
        throw new Error(`member ${person.sub}: ${added.status} ${JSON.stringify(added.body)}`);
    }
    await waitFor(
      async () => {
        const rows = await this.query('exchange', `SELECT count(*)::int AS n FROM projected_memberships`);
        return rows[0].n === Object.keys(PEOPLE).length;
      },
      { what: 'the memberships in the exchange projection', timeoutMs: 15_000, intervalMs: 50 },
    );
  }
}

/** A valid practice body for agency `agencyId`. */
export function practiceBody(
  agencyId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    agencyId,
    title: 'Phishing-resistant MFA for all staff',
    summary: 'How we rolled out FIDO2 security keys in six weeks',
    body: '# Steps\n\n1. Pilot with the SOC\n2. Roll out by department',
    tags: ['mfa', 'identity'],
    sectors: ['HEALTH'],
    frameworkRefs: ['PR.AA', 'PR.AA-03'],
    tlp: 'TLP:GREEN',
    ...overrides,
  };
}
