import { execFile } from 'node:child_process';
import {
  chmod,
  chown,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  rmdir,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { PostgresOsUser } from './postgres-os-user.util';
import { isAlive } from './postmaster-pid.util';

const execFileAsync = promisify(execFile);

export interface ClusterOptions {
  initdbBinary: string;
  majorVersion: number;
  dataDir: string;
  password: string;
  user: PostgresOsUser | undefined;
}

/** Reads PG_VERSION; undefined when the folder holds no cluster. */
export async function clusterVersion(dataDir: string): Promise<number | undefined> {
  const text = await readFile(join(dataDir, 'PG_VERSION'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : Number.parseInt(text, 10);
}

async function ownBy(path: string, user: PostgresOsUser | undefined): Promise<void> {
  if (user) await chown(path, user.uid, user.gid);
}

/** Removes `<dataDir>.initdb-<pid>` folders left behind by a process that died during initdb. */
async function removeAbandonedAttempts(dataDir: string): Promise<void> {
  const prefix = `${basename(dataDir)}.initdb-`;
  for (const entry of await readdir(dirname(dataDir))) {
    const pid = Number(entry.slice(prefix.length));
    if (entry.startsWith(prefix) && Number.isInteger(pid) && !isAlive(pid)) {
      await rm(join(dirname(dataDir), entry), { recursive: true, force: true });
    }
  }
}

/**
 * Runs initdb into a sibling folder and renames it into place, so `dataDir` is either absent or
 * a complete cluster, never half-initialised. Superuser `postgres`, SCRAM passwords, UTF-8 with
 * the built-in C.UTF-8 locale (Unicode-aware upper/lower, same on every machine).
 */
export async function initialiseCluster(opts: ClusterOptions): Promise<void> {
  const parent = dirname(opts.dataDir);
  await removeAbandonedAttempts(opts.dataDir);
  const attempt = join(parent, `${basename(opts.dataDir)}.initdb-${process.pid}`);
  const secrets = await mkdtemp(join(tmpdir(), 'embedded-pg-'));
  const passwordFile = join(secrets, 'password');
  try {
    await mkdir(attempt, { mode: 0o700 });
    await ownBy(attempt, opts.user);
    await writeFile(passwordFile, `${opts.password}\n`, { mode: 0o600 });
    await ownBy(passwordFile, opts.user);
    await ownBy(secrets, opts.user);
    await chmod(secrets, 0o700);
    const args = [
      `--pgdata=${attempt}`,
      '--username=postgres',
      '--auth=scram-sha-256',
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C',
      ...(opts.majorVersion >= 17 ? ['--locale-provider=builtin', '--builtin-locale=C.UTF-8'] : []),
      '--text-search-config=english',
      '--no-sync',
      '--no-instructions',
    ];
    await execFileAsync(opts.initdbBinary, args, {
      uid: opts.user?.uid,
      gid: opts.user?.gid,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' },
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`initdb failed for ${opts.dataDir}: ${error.stderr || error.message}`);
    });
    await rmdir(opts.dataDir).catch(() => undefined); // an empty folder may already be there
    await rename(attempt, opts.dataDir);
  } finally {
    await rm(secrets, { recursive: true, force: true });
    await rm(attempt, { recursive: true, force: true });
  }
}
