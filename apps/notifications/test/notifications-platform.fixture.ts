import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

let counter = 0;

/** The embedded platform on fresh test databases, with helpers to call its API and seed agencies. */
export class NotificationsTestPlatform {
  private constructor(
    private readonly platform: EmbeddedPlatform,
    readonly baseUrl: string,
    readonly databases: Record<string, TestDatabase>,
  ) {}

  static async start(prefix: string): Promise<NotificationsTestPlatform> {
    useDevAuth();
    process.env.NOTIFICATIONS_SCHEDULER_INTERVAL_MS ??= '200';
    process.env.NOTIFICATIONS_MAIL_INTERVAL_MS ??= '200';
    process.env.NOTIFICATIONS_WEBHOOK_INTERVAL_MS ??= '200';
    process.env.NOTIFICATIONS_STREAM_POLL_MS ??= '1000';
    process.env.MAIL_DIR ??= mkdtempSync(join(tmpdir(), 'csg-mail-'));
    const databases: Record<string, TestDatabase> = {};
    for (const service of Object.keys(EMBEDDED_DATABASES))
      databases[service] = await createTestDatabase(`${prefix}_${service}`);
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db.url])) as never;
    const platform = await createEmbeddedPlatform({ databaseUrls: urls });
    const { baseUrl } = await listenOnFreePort(platform.app);
    return new NotificationsTestPlatform(platform, baseUrl, databases);
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
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
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
   * An ACTIVE agency registered by `organiserToken` with the given people as members, once the
   * notifications service has projected all of them.
   */
  async agencyWithMembers(
    organiserToken: string,
    members: Array<{ sub: string; role?: 'agency-admin' | 'member' }>,
    overrides: Record<string, unknown> = {},
  ): Promise<string> {
    counter += 1;
    const agency = await this.call('POST', 'agencies', {
      token: organiserToken,
      body: {
        name: `Agency ${counter} ${Date.now() % 100000}`,
        acronym: `N${counter}X${process.hrtime.bigint() % 100000n}`,
        tier: 'FEDERAL',
        sector: 'INFORMATION_TECHNOLOGY',
        contactEmail: `cert${counter}@example.gov.pk`,
        ...overrides,
      },
    });
    if (agency.status !== 201) throw new Error(`agency: ${agency.status} ${JSON.stringify(agency.body)}`);
    const id = agency.body.id as string;
    for (const m of members) {
      const added = await this.call('POST', `agencies/${id}/members`, {
        token: organiserToken,
        body: { sub: m.sub, email: `${m.sub}@example.gov.pk`, displayName: m.sub, role: m.role ?? 'member' },
      });
      if (added.status !== 201) throw new Error(`member: ${added.status} ${JSON.stringify(added.body)}`);
    }
    await waitFor(
      async () => {
        const [row] = await this.query(
          'notifications',
          `SELECT (SELECT count(*)::int FROM member_directory WHERE agency_id = $1) AS members,
                  (SELECT count(*)::int FROM projected_memberships WHERE agency_id = $1) AS memberships,
                  (SELECT count(*)::int FROM agency_directory WHERE agency_id = $1 AND status = 'ACTIVE') AS agencies`,
          [id],
        );
        return row.members === members.length && row.memberships === members.length && row.agencies === 1;
      },
      { what: `agency ${id} projected in notifications` },
    );
    return id;
  }
}
