import { spawn } from 'node:child_process';
import type { PostgresOsUser } from './postgres-os-user.util';
import { isAlive, readPostmasterPid } from './postmaster-pid.util';
import { pollUntil } from './poll-until.util';

export interface PostmasterOptions {
  postgresBinary: string;
  dataDir: string;
  port: number;
  user: PostgresOsUser | undefined;
  log?: (line: string) => void;
}

export interface Postmaster {
  pid: number;
  /** Fast shutdown (SIGINT), escalating to immediate (SIGQUIT) then SIGKILL. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
const TAIL_LINES = 30;

function unref(stream: unknown): void {
  (stream as { unref?: () => void } | null)?.unref?.();
}

/**
 * Starts `postgres` as a detached process (its own process group, so a Ctrl-C aimed at Node does
 * not cut the database away under a gracefully closing application) and resolves once
 * postmaster.pid reports `ready`. The child never keeps Node's event loop alive.
 */
export async function startPostmaster(opts: PostmasterOptions): Promise<Postmaster> {
  const args = ['-D', opts.dataDir, '-p', String(opts.port)];
  for (const setting of ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=200']) {
    args.push('-c', setting);
  }
  const child = spawn(opts.postgresBinary, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    uid: opts.user?.uid,
    gid: opts.user?.gid,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      LC_ALL: 'C',
      ...(process.env.TZ ? { TZ: process.env.TZ } : {}),
    },
  });
  const tail: string[] = [];
  let partial = '';
  const onOutput = (chunk: Buffer): void => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      opts.log?.(line);
    }
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  let exit: string | undefined;
  child.once('error', (error) => (exit ??= error.message));
  child.once('exit', (code, signal) => (exit ??= `exit code ${code ?? 'none'}, signal ${signal ?? 'none'}`));
  child.unref();
  unref(child.stdout);
  unref(child.stderr);

  const ready = await pollUntil(() => {
    if (exit !== undefined) return true;
    const pidFile = readPostmasterPid(opts.dataDir);
    return pidFile !== undefined && pidFile.pid === child.pid && pidFile.status === 'ready';
  }, READY_TIMEOUT_MS);
  if (exit !== undefined || !ready || child.pid === undefined) {
    if (exit === undefined) child.kill('SIGQUIT');
    const why = exit ?? `not ready after ${READY_TIMEOUT_MS} ms`;
    throw new Error(`Embedded PostgreSQL failed to start (${why}). Server output:\n${tail.join('\n')}`);
  }
  const pid = child.pid;
  return { pid, stop: () => stopPostmaster(pid, () => exit !== undefined) };
}

/** Stops a postmaster by pid; `hasExited` lets a parent use its own child's exit event (zombies look alive). */
export async function stopPostmaster(
  pid: number,
  hasExited: () => boolean = () => !isAlive(pid),
): Promise<void> {
  const steps: Array<[NodeJS.Signals, number]> = [
    ['SIGINT', 30_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, waitMs] of steps) {
    if (hasExited()) return;
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await pollUntil(hasExited, waitMs)) return;
  }
  throw new Error(`Embedded PostgreSQL (pid ${pid}) did not stop`);
}
