import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
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

/** The embedded platform on fresh test databases, with helpers to call its API as someone. */
export class AgenciesTestPlatform {
  private constructor(
    private readonly platform: EmbeddedPlatform,
    readonly baseUrl: string,
    readonly databases: Record<Service, TestDatabase>,
  ) {}

  static async start(prefix: string): Promise<AgenciesTestPlatform> {
    useDevAuth();
    const databases = {} as Record<Service, TestDatabase>;
    for (const service of Object.keys(EMBEDDED_DATABASES) as Service[]) {
      databases[service] = await createTestDatabase(`${prefix}_${service}`);
    }
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db.url])) as never;
    const platform = await createEmbeddedPlatform({ databaseUrls: urls });
    const { baseUrl } = await listenOnFreePort(platform.app);
    return new AgenciesTestPlatform(platform, baseUrl, databases);
  }

  async stop(): Promise<void> {
    await this.platform.stop();
    for (const db of Object.values(this.databases)) await db.drop();
  }

  token(sub: string, roles: string[] = [], name?: string): Promise<string> {
    return devToken(this.baseUrl, { sub, roles, name });
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
