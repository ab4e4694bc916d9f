import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written beside postmaster.pid: the pid of the Node process that started the server. */
const OWNER_FILE = 'embedded-owner.pid';

export interface PostmasterStatus {
  pid: number;
  /** Line 8 of postmaster.pid: `starting`, `ready`, `stopping`... */
  status: string;
}

export function readPostmasterPid(dataDir: string): PostmasterStatus | undefined {
  let text: string;
  try {
    text = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? { pid, status: (lines[7] ?? '').trim() } : undefined;
}

export function removePostmasterPid(dataDir: string): void {
  rmSync(join(dataDir, 'postmaster.pid'), { force: true });
}

export function writeOwner(dataDir: string): void {
  writeFileSync(join(dataDir, OWNER_FILE), `${process.pid}\n`);
}

export function removeOwner(dataDir: string): void {
  rmSync(join(dataDir, OWNER_FILE), { force: true });
}

export function readOwner(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, OWNER_FILE), 'utf8'), 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `pid` runs (a zombie, exited but not yet reaped by its parent, does not count). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Command name and parent pid of a live process (from /proc, or `ps` elsewhere). */
export function processInfo(pid: number): { comm: string; ppid: number } | undefined {
  try {
    if (process.platform === 'linux') {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number.parseInt(stat.slice(close + 2).split(' ')[1] ?? '', 10);
      return { comm, ppid };
    }
    const out = execFileSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const [ppid, ...comm] = out.split(/\s+/);
    return { comm: comm.join(' ').split('/').pop() ?? '', ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

/**
 * Whether a live `pid` is the postmaster of `dataDir`, not an unrelated process that reused the
 * pid. On Linux the postmaster's working directory is its data directory; elsewhere the command
 * name has to do.
 */
export function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (process.platform === 'linux') {
    try {
      return readlinkSync(`/proc/${pid}/cwd`) === realpathSync(dataDir);
    } catch {
      return false;
    }
  }
  return processInfo(pid)?.comm === 'postgres';
}
