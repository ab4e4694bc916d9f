import { Client } from 'pg';

const DUPLICATE_DATABASE = '42P04';
const UNIQUE_VIOLATION = '23505'; // two sessions racing on CREATE DATABASE

/** The URL of the `postgres` maintenance database on the same server as `url`. */
export function maintenanceUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

/** The database named in a connection URL. */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`No database name in connection URL ${redactUrl(url)}`);
  return name;
}

export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE; false when another session created it first. */
async function createDatabase(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      return true;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === DUPLICATE_DATABASE || code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  });
}

/** Connects to `adminUrl` and creates (in parallel) each database that does not exist yet; returns those created. */
export async function ensureDatabasesExist(adminUrl: string, names: readonly string[]): Promise<string[]> {
  const { rows } = await withClient(adminUrl, (client) =>
    client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1::text[])', [
      names,
    ]),
  );
  const existing = new Set(rows.map((row) => row.datname));
  const missing = [...new Set(names)].filter((name) => !existing.has(name));
  const created = await Promise.all(missing.map((name) => createDatabase(adminUrl, name)));
  return missing.filter((_, index) => created[index]);
}
