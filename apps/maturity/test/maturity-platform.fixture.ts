import { Client } from 'pg';
import { waitFor } from '@csg/testing/wait-for';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
// eslint-disable-next-line no-restricted-imports -- end-to-end tests run the whole platform, as `npm start` does
import {
  createEmbeddedPlatform,
  EMBEDDED_DATABASES,
  type EmbeddedPlatform,
} from '../../embedded/src/embedded-platform';
import { devToken, listenOnFreePort, useDevAuth } from '../../embedded/test/platform-test-harness';

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

/** The embedded platform on fresh test databases, with helpers to act as organisers and agency people. */
export class MaturityTestPlatform {
  private constructor(
    private readonly platform: EmbeddedPlatform,
    readonly baseUrl: string,
    readonly databases: Record<string, TestDatabase>,
  ) {}

  static async start(prefix: string): Promise<MaturityTestPlatform> {
    useDevAuth();
    const databases: Record<string, TestDatabase> = {};
    for (const key of Object.keys(EMBEDDED_DATABASES))
      databases[key] = await createTestDatabase(`${prefix}_${key}`);
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db.url]));
    const platform = await createEmbeddedPlatform({ databaseUrls: urls });
    // Every answer is checked against the served OpenAPI document (ADR 21).
    const { baseUrl } = await listenOnFreePort(platform.app);
    return new MaturityTestPlatform(platform, baseUrl, databases);
  }

  async stop(): Promise<void> {
    await this.platform.stop();
    for (const db of Object.values(this.databases)) await db.drop();
  }

  token(sub: string, roles: string[] = []): Promise<string> {
    return devToken(this.baseUrl, { sub, roles });
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
    const json = (response.headers.get('content-type') ?? '').includes('json');
    return {
      status: response.status,
      headers: response.headers,
      body: text && json ? JSON.parse(text) : text,
    };
  }

  async query<T = any>(service: string, sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databases[service].url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /**
   * Registers an ACTIVE agency (as an organiser), adds its people, and waits until the maturity
   * service's own projections know the agency and every membership.
   */
  async agencyWith(
    organiser: string,
    body: { name: string; acronym: string; tier?: string; sector?: string; jurisdiction?: string },
    people: Array<{ sub: string; role: 'agency-admin' | 'member' }>,
  ): Promise<string> {
    const created = await this.call('POST', 'agencies', {
      token: organiser,
      body: {
        tier: 'FEDERAL',
        sector: 'INFORMATION_TECHNOLOGY',
        contactEmail: 'cert@example.gov.pk',
        ...body,
      },
    });
    if (created.status !== 201) throw new Error(`agency: ${created.status} ${JSON.stringify(created.body)}`);
    const agencyId = created.body.id as string;
    for (const person of people) {
      const added = await this.call('POST', `agencies/${agencyId}/members`, {
        token: organiser,
        body: {
          sub: person.sub,
          email: `${person.sub}@example.gov.pk`,
          displayName: person.sub,
          role: person.role,
        },
      });
      if (added.status !== 201) throw new Error(`member: ${added.status} ${JSON.stringify(added.body)}`);
    }
    await waitFor(
      async () => {
        const [row] = await this.query(
          'maturity',
          `SELECT (SELECT count(*)::int FROM agency_directory WHERE agency_id = $1) AS agencies,
                  (SELECT count(*)::int FROM projected_memberships WHERE agency_id = $1) AS members`,
          [agencyId],
        );
        return row.agencies === 1 && row.members === people.length;
      },
      { what: `maturity to learn about agency ${body.acronym}`, timeoutMs: 20_000, intervalMs: 50 },
    );
    return agencyId;
  }
}
