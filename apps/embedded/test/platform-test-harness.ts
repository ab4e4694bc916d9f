import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createHttpApplication } from '@csg/http';
import { KafkaTransport } from '@csg/messaging';
import { ProcessRootModule, type ServiceDeclaration } from '@csg/runtime';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { enforceResponseContract, reportResponseContract } from '@csg/testing/http/response-contract';
import { createEmbeddedPlatform, EMBEDDED_DATABASES, type EmbeddedPlatform } from '../src/embedded-platform';
import { KNOWN_UNDOCUMENTED_OPERATIONS } from './openapi-known-gaps';

/** An HTTP application listening on a free port, with its base URL. */
export interface RunningApp {
  app: NestFastifyApplication;
  baseUrl: string;
}

// Every suite that runs an app through this harness checks each answer against the served
// OpenAPI document (docs/adr/0021), and fails when one does not match.
afterAll(() => reportResponseContract(expect.getState().testPath ?? 'unknown'));

/** Listens on 127.0.0.1 with a free port; every answer is checked against the served document. */
export async function listenOnFreePort(app: NestFastifyApplication): Promise<RunningApp> {
  enforceResponseContract(app.getHttpAdapter().getInstance() as never, {
    exempt: KNOWN_UNDOCUMENTED_OPERATIONS,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${address.port}` };
}

/** One service as its own process would run it: its own database, Kafka, its own HTTP port. */
export async function startDistributedService(
  declaration: ServiceDeclaration,
): Promise<RunningApp & { db: TestDatabase; stop(): Promise<void> }> {
  const service = declaration.name;
  useDevAuth();
  const db = await createTestDatabase(service);
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  const root = ProcessRootModule.compose({
    transport: () =>
      new KafkaTransport({
        brokers,
        clientId: `e2e-${service}`,
        partitions: 3,
        replicationFactor: 1,
        sessionTimeoutMs: 10_000,
        stallTimeoutMs: 30_000,
      }),
    services: [{ declaration, databaseUrl: db.url }],
  });
  const app = await createHttpApplication(root, { title: service, shutdownHooks: false });
  const running = await listenOnFreePort(app);
  return {
    ...running,
    db,
    stop: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** Tests run the development issuer (AUTH_MODE=dev) with keys in a folder of their own. */
export function useDevAuth(): void {
  process.env.AUTH_MODE = 'dev';
  process.env.AUTH_DEV_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'csg-dev-issuer-'));
}

/** A bearer token from the development issuer of a running app. */
export async function devToken(
  baseUrl: string,
  claims: { sub: string; roles?: string[]; name?: string },
): Promise<string> {
  const minted = await postJson(`${baseUrl}/api/v1/dev/tokens`, claims);
  if (minted.status !== 201)
    throw new Error(`could not mint a dev token: ${minted.status} ${JSON.stringify(minted.body)}`);
  return minted.body.accessToken as string;
}

export async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as any,
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as any,
  };
}

/** The databases of an embedded test platform, keyed like EMBEDDED_DATABASES. */
export type PlatformDatabases = Record<string, TestDatabase>;

/** The embedded platform on fresh test databases, answering on a free port. */
export interface EmbeddedTestPlatform extends RunningApp {
  platform: EmbeddedPlatform;
  databases: PlatformDatabases;
  /** Stops the platform and drops its databases. */
  stop(): Promise<void>;
}

/**
 * The embedded platform, as `npm start` runs it, on one fresh test database per service
 * (`<prefix>_<service>`), with the development issuer. It listens on a free port, where every
 * answer is checked against the served OpenAPI document, unless `bind` listens some other way.
 */
export async function startEmbeddedTestPlatform(
  prefix: string,
  options: { bind?: (app: NestFastifyApplication) => Promise<string> } = {},
): Promise<EmbeddedTestPlatform> {
  useDevAuth();
  const databases: PlatformDatabases = {};
  for (const service of Object.keys(EMBEDDED_DATABASES))
    databases[service] = await createTestDatabase(`${prefix}_${service}`);
  const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db.url]));
  const platform = await createEmbeddedPlatform({ databaseUrls: urls });
  const baseUrl = options.bind
    ? await options.bind(platform.app)
    : (await listenOnFreePort(platform.app)).baseUrl;
  return {
    app: platform.app,
    baseUrl,
    platform,
    databases,
    stop: async () => {
      await platform.stop();
      for (const db of Object.values(databases)) await db.drop();
    },
  };
}

/** One query against a database; the rows. */
export async function queryDatabase<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface ApiRequest {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON document (see BodyReading); undefined when the answer has no body. */
  body: any;
  /** The body as received. */
  text: string;
}

/**
 * How a test platform reads an answer's body: `json` parses every non-empty body (one that is not
 * JSON fails the call); `json-or-text` parses JSON answers and keeps any other as its text.
 */
export type BodyReading = 'json' | 'json-or-text';

/** A person's agency role, as `POST agencies/:id/members` takes it. */
export type AgencyRole = 'agency-admin' | 'member';

/**
 * The embedded platform on fresh test databases, with helpers to call its API as someone:
 * what every service's end-to-end fixture builds on (each adds its own seed data and helpers).
 */
export class TestPlatform {
  readonly baseUrl: string;
  readonly databases: PlatformDatabases;

  protected constructor(
    private readonly running: EmbeddedTestPlatform,
    private readonly reading: BodyReading = 'json',
  ) {
    this.baseUrl = running.baseUrl;
    this.databases = running.databases;
  }

  /** Stops the platform and drops its databases. */
  stop(): Promise<void> {
    return this.running.stop();
  }

  /** A bearer token from the development issuer for `sub` with platform `roles`. */
  token(sub: string, roles: string[] = [], name?: string): Promise<string> {
    return this.tokenWith({ sub, roles, name });
  }

  /** A bearer token from the development issuer with exactly these claims. */
  tokenWith(claims: { sub: string; roles?: string[]; name?: string }): Promise<string> {
    return devToken(this.baseUrl, claims);
  }

  /** Calls `/api/v1/<path>`, with the token as bearer and the body as JSON when given. */
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
    return { status: response.status, headers: response.headers, body: this.read(response, text), text };
  }

  /** One query against a service's database. */
  query<T = any>(service: string, sql: string, params: unknown[] = []): Promise<T[]> {
    return queryDatabase<T>(this.databases[service].url, sql, params);
  }

  /**
   * Registers an agency through the agencies API as `organiserToken` and adds its people
   * (`<sub>@example.gov.pk`, displayed as their sub unless told); throws unless every call succeeds.
   */
  async registerAgency(
    organiserToken: string,
    body: Record<string, unknown>,
    people: Array<{ sub: string; role: AgencyRole; displayName?: string }> = [],
  ): Promise<string> {
    const created = await this.call('POST', 'agencies', { token: organiserToken, body });
    if (created.status !== 201) throw new Error(`agency not created: ${created.status} ${created.text}`);
    const agencyId = created.body.id as string;
    for (const person of people) await this.addMember(organiserToken, agencyId, person);
    return agencyId;
  }

  /** Adds `<sub>@example.gov.pk` (displayed as their sub unless told) to an agency; throws unless it succeeds. */
  async addMember(
    organiserToken: string,
    agencyId: string,
    person: { sub: string; role: AgencyRole; displayName?: string },
  ): Promise<void> {
    const added = await this.call('POST', `agencies/${agencyId}/members`, {
      token: organiserToken,
      body: {
        sub: person.sub,
        email: `${person.sub}@example.gov.pk`,
        displayName: person.displayName ?? person.sub,
        role: person.role,
      },
    });
    if (added.status !== 201)
      throw new Error(`member ${person.sub} not added: ${added.status} ${added.text}`);
  }

  private read(response: Response, text: string): unknown {
    if (!text) return this.reading === 'json' ? undefined : text;
    if (this.reading === 'json') return JSON.parse(text);
    return (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
  }
}
