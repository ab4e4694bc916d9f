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
  text: string;
}

export interface ApiRequest {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

const DAY = 24 * 60 * 60 * 1000;
let sequence = 0;
/** Sequences are unique per database; each suite has its own, so a random base only keeps runs apart. */
const base = 1_000 + Math.floor(Math.random() * 90_000);

/** A valid `POST /sessions` body: a unique sequence, a week ahead, in person in Islamabad. */
export function sessionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  const start = new Date(Date.now() + 7 * DAY);
  start.setUTCHours(5, 0, 0, 0);
  return {
    sequence: base + sequence,
    title: `CyberSecureGov: Cyber Guidelines Initiative, session ${sequence}`,
    description: 'Keynotes, practical workshops, exercises and inter-agency dialogue.',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 5 * 3_600_000).toISOString(),
    timezone: 'Asia/Karachi',
    mode: 'IN_PERSON',
    venue: 'National CERT auditorium, Islamabad',
    capacity: 50,
    ...overrides,
  };
}

/** The embedded platform on fresh test databases, with helpers to call its API as someone. */
export class SessionsTestPlatform {
  private constructor(
    private readonly platform: EmbeddedPlatform,
    readonly baseUrl: string,
    readonly databases: Record<string, TestDatabase>,
  ) {}

  static async start(prefix: string): Promise<SessionsTestPlatform> {
    useDevAuth();
    const databases: Record<string, TestDatabase> = {};
    for (const service of Object.keys(EMBEDDED_DATABASES)) {
      databases[service] = await createTestDatabase(`${prefix}_${service}`);
    }
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db.url]));
    const platform = await createEmbeddedPlatform({ databaseUrls: urls });
    const { baseUrl } = await listenOnFreePort(platform.app);
    return new SessionsTestPlatform(platform, baseUrl, databases);
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
    const json = (response.headers.get('content-type') ?? '').includes('json');
    return {
      status: response.status,
      headers: response.headers,
      body: json && text ? JSON.parse(text) : undefined,
      text,
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
   * An ACTIVE agency registered through the agencies API with its people, once the sessions
   * service has projected it and its memberships (polling the projection, never sleeping).
   */
  async agencyWithPeople(
    organiser: string,
    people: { admins?: string[]; members?: string[] },
    details: { tier?: string; sector?: string; jurisdiction?: string } = {},
  ): Promise<string> {
    const acronym = `S${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
    const created = await this.call('POST', 'agencies', {
      token: organiser,
      body: {
        name: `Agency ${acronym}`,
        acronym,
        tier: details.tier ?? 'FEDERAL',
        ...(details.jurisdiction ? { jurisdiction: details.jurisdiction } : {}),
        sector: details.sector ?? 'EDUCATION',
        contactEmail: `cert@${acronym.toLowerCase()}.gov.pk`,
      },
    });
    if (created.status !== 201) throw new Error(`agency not created: ${created.status} ${created.text}`);
    const agencyId = created.body.id as string;
    const everyone = [
      ...(people.admins ?? []).map((sub) => [sub, 'agency-admin'] as const),
      ...(people.members ?? []).map((sub) => [sub, 'member'] as const),
    ];
    for (const [sub, role] of everyone) {
      const added = await this.call('POST', `agencies/${agencyId}/members`, {
        token: organiser,
        body: { sub, email: `${sub}@example.gov.pk`, displayName: `Person ${sub}`, role },
      });
      if (added.status !== 201) throw new Error(`member not added: ${added.status} ${added.text}`);
    }
    await waitFor(
      async () => {
        const [row] = await this.query(
          'sessions',
          `SELECT (SELECT count(*)::int FROM agency_directory WHERE agency_id = $1) AS agencies,
                  (SELECT count(*)::int FROM projected_memberships m JOIN projected_agencies a USING (agency_id)
                    WHERE m.agency_id = $1 AND a.status = 'ACTIVE') AS members`,
          [agencyId],
        );
        return row.agencies === 1 && row.members === everyone.length;
      },
      { what: `agency ${acronym} projected in the sessions service` },
    );
    return agencyId;
  }

  /** The sessions service's outbox rows of one type for one session. */
  events(type: string, sessionId: string): Promise<Array<{ data: any }>> {
    return this.query(
      'sessions',
      `SELECT value::jsonb AS data FROM outbox WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
      [type, sessionId],
    );
  }
}
