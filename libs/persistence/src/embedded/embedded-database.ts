import { Client } from 'pg';
import { DEFAULT_EMBEDDED_PG_PORT, startEmbeddedPostgres } from './embedded-postgres.server';

/** Whether a PostgreSQL server accepts a connection at `url` within the timeout. */
export async function postgresAnswers(url: string, timeoutMs = 1_000): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A database of the embedded platform for an operator command (dlq, resnapshot): the running
 * server's when `npm start` is up, else a server started for the command and stopped by `stop()`.
 */
export async function openEmbeddedDatabase(
  database: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ url: string; startedHere: boolean; stop(): Promise<void> }> {
  const port = Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PG_PORT);
  const password = encodeURIComponent(env.EMBEDDED_PG_PASSWORD ?? 'postgres');
  const running = `postgres://postgres:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  if (await postgresAnswers(running))
    return { url: running, startedHere: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({ databases: [database] });
  return { url: server.urlFor(database), startedHere: true, stop: () => server.stop() };
}
