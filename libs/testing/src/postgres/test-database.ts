import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const DEFAULT_TEST_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  url: string;
  /** Ends the database's sessions and drops it. */
  drop(): Promise<void>;
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

let adminUrl: Promise<string> | undefined;

/** TEST_DATABASE_ADMIN_URL, else the local PostgreSQL on 5432 when it answers within 1 s. */
export function testAdminUrl(): Promise<string> {
  adminUrl ??= (async () => {
    const fromEnv = process.env.TEST_DATABASE_ADMIN_URL;
    if (fromEnv) return fromEnv;
    if (await answers(DEFAULT_TEST_ADMIN_URL, 1_000)) return DEFAULT_TEST_ADMIN_URL;
    throw new Error(
      'No PostgreSQL for tests: 127.0.0.1:5432 does not answer and TEST_DATABASE_ADMIN_URL is unset ' +
        '(the jest global setup, libs/testing/src/jest/global-setup.ts, starts an embedded server)',
    );
  })();
  adminUrl.catch(() => (adminUrl = undefined));
  return adminUrl;
}

/** Runs `work` on a fresh connection to the test server's maintenance database. */
export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: await testAdminUrl(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `prefix` as a database-name part: lower-case letters, digits and single underscores, at most 40. */
export function databaseNamePart(prefix: string): string {
  return prefix
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, '_')
    .replaceAll(/^_+|_+$/g, '')
    .slice(0, 40);
}

/** A fresh, empty database `t_<prefix>_<random>` on the test server. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = randomTestDatabaseName(prefix);
  await withAdmin((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  return testDatabaseHandle(name);
}

/** `t_<prefix>_<random>`: the name of a test database of its own. */
export function randomTestDatabaseName(prefix: string): string {
  return `t_${databaseNamePart(prefix)}_${randomBytes(5).toString('hex')}`;
}

/** The URL of a database on the test server. */
export async function testDatabaseUrl(name: string): Promise<string> {
  const url = new URL(await testAdminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** The URL and `drop()` of an existing test database. */
export async function testDatabaseHandle(name: string): Promise<TestDatabase> {
  const url = await testDatabaseUrl(name);
  let dropped = false;
  return {
    name,
    url,
    drop: async () => {
      if (dropped) return;
      await withAdmin((client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      );
      dropped = true;
    },
  };
}
