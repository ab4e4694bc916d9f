import { databaseName, ensureDatabasesExist, maintenanceUrl } from './database-admin';

/** `agencies` → `AGENCIES_DATABASE_URL`. */
export function serviceDatabaseUrlVariable(service: string): string {
  return `${service.toUpperCase().replaceAll(/[^A-Z0-9]/g, '_')}_DATABASE_URL`;
}

/**
 * The database URL of one service. In the embedded mode the composer passes `explicitUrl` (one
 * database per service on the embedded server); it wins over the environment so a stray
 * DATABASE_URL cannot make four services share one database. In the distributed mode (one
 * service per process) it is `<SERVICE>_DATABASE_URL`, else `DATABASE_URL`.
 */
export function resolveDatabaseUrl(
  service: string,
  explicitUrl?: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const variable = serviceDatabaseUrlVariable(service);
  const url = explicitUrl || env[variable] || env.DATABASE_URL;
  if (!url) {
    throw new Error(
      `No database configured for ${service}: set ${variable} or DATABASE_URL (or start the embedded mode)`,
    );
  }
  databaseName(url); // fails early on a URL without a database name
  return url;
}

/**
 * Connects to the `postgres` database of the server in `url` and creates the database `url`
 * names if it is missing. Returns whether it was created. The URL's user needs CREATEDB.
 */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const created = await ensureDatabasesExist(maintenanceUrl(url), [databaseName(url)]);
  return created.length > 0;
}
