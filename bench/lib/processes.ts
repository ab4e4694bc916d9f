import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measurement } from './bench-case';
import type { LoadJob } from './load-job';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts `node <script>` with `env`, and waits until `readyPath` answers 200 on `port`. Its output
 * is kept (last 64 KiB) and shown when it fails to start.
 */
export async function startServer(options: {
  script: string;
  port: number;
  env: NodeJS.ProcessEnv;
  readyPath: string;
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
    env: { ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-65_536));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.script} exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.script} not ready in time:\n${output}`);
    }
    const ok = await fetch(url + options.readyPath)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a node script to completion and returns the last JSON line it printed. */
export function runJsonChild<T>(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (onLine) for (const line of chunk.toString().split(/[\r\n]/)) if (line.trim()) onLine(line.trim());
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-65_536)));
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = stdout
        .trim()
        .split('\n')
        .reverse()
        .find((line) => line.startsWith('{'));
      if (code !== 0 || !last) {
        reject(new Error(`${script} failed (${code}):\n${stderr}\n${stdout.slice(-4_000)}`));
        return;
      }
      resolve(JSON.parse(last) as T);
    });
  });
}

interface LoadResult {
  requestsPerSecond: number;
  total: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, { count: number }>;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; NaN elsewhere. */
export function cpuTimeMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * One autocannon run in its own process. With `server`, also the server's CPU time per request:
 * a figure that other work on the machine disturbs far less than throughput does.
 */
export async function runLoad(
  buildDir: string,
  job: LoadJob,
  env: NodeJS.ProcessEnv,
  server?: ServerProcess,
): Promise<Measurement> {
  const cpuBefore = cpuTimeMs(server?.child.pid);
  const result = await runJsonChild<LoadResult>(
    join(buildDir, 'bench/lib/load.child.js'),
    [JSON.stringify(job)],
    env,
  );
  const cpuMs = cpuTimeMs(server?.child.pid) - cpuBefore;
  return {
    ...(server && Number.isFinite(cpuMs) ? { serverCpuMsPerRequest: cpuMs / result.total } : {}),
    throughput: result.requestsPerSecond,
    unit: 'req/s',
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    errors: result.non2xx + result.errors,
    extra: { requests: result.total, statusCodes: Object.keys(result.statusCodes ?? {}) },
  };
}
