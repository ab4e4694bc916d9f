import { execFileSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The OS account the server runs as; `undefined` when it simply runs as the current user. */
export interface PostgresOsUser {
  uid: number;
  gid: number;
}

const USER_NAME = 'postgres';

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function lookupUser(): PostgresOsUser | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', USER_NAME], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gid = Number(execFileSync('id', ['-g', USER_NAME], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

function groupExists(): boolean {
  try {
    execFileSync('getent', ['group', USER_NAME], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/**
 * PostgreSQL refuses to run as root. As root, make sure a `postgres` system account exists
 * (creating it with useradd if needed) and return its ids; otherwise return undefined.
 */
export function ensurePostgresOsUser(log: (line: string) => void): PostgresOsUser | undefined {
  if (!isRoot()) return undefined;
  const existing = lookupUser();
  if (existing) return existing;
  const groupArgs = groupExists() ? ['-g', USER_NAME] : ['-U'];
  try {
    execFileSync('useradd', ['-r', '-M', '-s', '/usr/sbin/nologin', ...groupArgs, USER_NAME], {
      stdio: 'pipe',
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Running as root: could not create the OS user "${USER_NAME}" for PostgreSQL: ${detail}`);
  }
  log(`created OS user "${USER_NAME}" to run the embedded PostgreSQL server`);
  const created = lookupUser();
  if (!created) throw new Error(`OS user "${USER_NAME}" was created but cannot be looked up`);
  return created;
}

/**
 * Adds the "others may traverse" bit to every ancestor of `path` the user could not traverse,
 * so the server (running as `user`) can reach its data folder and binaries. Never adds read.
 */
export function makeAncestorsTraversable(
  path: string,
  user: PostgresOsUser,
  log: (line: string) => void,
): void {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const stat = statSync(dir);
    const traversable =
      stat.mode & 0o001 ||
      (stat.uid === user.uid && stat.mode & 0o100) ||
      (stat.gid === user.gid && stat.mode & 0o010);
    if (!traversable) {
      chmodSync(dir, stat.mode | 0o001);
      log(`made ${dir} traversable (o+x) for the postgres OS user`);
    }
    if (dirname(dir) === dir) return;
  }
}
