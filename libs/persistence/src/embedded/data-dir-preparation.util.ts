import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { clusterVersion, initialiseCluster, type ClusterOptions } from './postgres-cluster.util';
import {
  isAlive,
  isPostmasterOf,
  processInfo,
  readOwner,
  readPostmasterPid,
  removePostmasterPid,
} from './postmaster-pid.util';
import { stopPostmaster } from './postmaster-process.util';

const execFileAsync = promisify(execFile);

/**
 * Makes `dataDir` hold a cluster the binaries can run: initdb when PG_VERSION is absent (never on
 * a folder with other content), refuse a different major version, and give the folder back to
 * the `postgres` OS user when it belongs to someone else (e.g. the user was re-created).
 */
export async function prepareDataDir(opts: ClusterOptions, log: (line: string) => void): Promise<void> {
  const version = await clusterVersion(opts.dataDir);
  if (version === undefined) {
    const entries = await readdir(opts.dataDir).catch(() => []);
    if (entries.length > 0) {
      throw new Error(
        `${opts.dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION); move it away or pick another data folder`,
      );
    }
    await initialiseCluster(opts);
    log(`initialised a new PostgreSQL ${opts.majorVersion} cluster in ${opts.dataDir}`);
    return;
  }
  if (version !== opts.majorVersion) {
    throw new Error(
      `${opts.dataDir} holds a PostgreSQL ${version} cluster but the embedded binaries are PostgreSQL ${opts.majorVersion}; ` +
        'delete the folder (its data is lost) or upgrade it with pg_upgrade',
    );
  }
  if (opts.user && (await stat(opts.dataDir)).uid !== opts.user.uid) {
    await execFileAsync('chown', ['-R', `${opts.user.uid}:${opts.user.gid}`, opts.dataDir]);
    log(`gave ${opts.dataDir} to the postgres OS user`);
  }
}

/**
 * Deals with a postmaster.pid left in `dataDir`: a server whose Node owner died (orphan) is
 * stopped; a dead pid's file is removed; a server whose owner still runs is left alone (error).
 */
export async function clearPreviousServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const previous = readPostmasterPid(dataDir);
  if (!previous) return;
  if (!isAlive(previous.pid) || !isPostmasterOf(previous.pid, dataDir)) {
    removePostmasterPid(dataDir);
    log(`removed a stale postmaster.pid (pid ${previous.pid} is gone)`);
    return;
  }
  const owner = readOwner(dataDir);
  if (owner !== undefined && processInfo(previous.pid)?.ppid === owner) {
    const who =
      owner === process.pid
        ? 'this process (stop the first handle before starting again)'
        : `process ${owner}`;
    throw new Error(
      `Embedded PostgreSQL in ${dataDir} is already running (pid ${previous.pid}), started by ${who}`,
    );
  }
  log(`stopping an orphaned PostgreSQL server (pid ${previous.pid}) left by a process that died`);
  await stopPostmaster(previous.pid);
}
