import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ServiceDeclaration } from '@csg/runtime';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@csg/persistence';
import { createGateway } from './gateway';
import { routeTable, type RouteEntry } from './route-table';

export interface DistributedOptions {
  services: readonly ServiceDeclaration[];
  /** Processes per service (default 1 each). */
  replicas?: Readonly<Record<string, number>>;
  /** The gateway's port; 0 picks a free one. */
  port: number;
  /** The environment the processes inherit (DATABASE_URL, KAFKA_BROKERS, AUTH_MODE, …). */
  env?: NodeJS.ProcessEnv;
  /** A service's database on the server of DATABASE_URL or the embedded one (default `csg_<service>`). */
  databaseName?: (service: ServiceDeclaration) => string;
  /** Where the compiled services are: `<appsDir>/<service>/src/main.js` (default dist/apps). */
  appsDir?: string;
  /** Receives every output line, already prefixed (`[sessions#2] …`). Default: stdout. */
  log?: (line: string) => void;
  /** How long to wait for every process to be ready (default 180 s). */
  readyTimeoutMs?: number;
}

/** One service process. */
export interface ServiceProcess {
  service: string;
  /** 1-based, as in the log prefix `[sessions#2]`. */
  replica: number;
  port: number;
  pid: number;
  /** Resolves with the exit code (or the signal) once the process is gone. */
  exited: Promise<number | string>;
}

export interface DistributedPlatform {
  /** The gateway's URL, `http://127.0.0.1:<port>`. */
  url: string;
  processes: readonly ServiceProcess[];
  kafkaBrokers: string;
  /** Stops the gateway, then the services (SIGTERM, SIGKILL after 20 s), then the broker and the embedded PostgreSQL if started here. */
  stop(): Promise<void>;
}

/**
 * Gateway-only routes: dev tokens (`AUTH_MODE=dev`; every service serves them with the shared dev
 * key, so any one will do, as in compose's nginx). Not in the declarations: the Ingress does not
 * route them.
 */
const DEV_ROUTES: readonly RouteEntry[] = [{ match: 'prefix', path: '/api/v1/dev', service: 'agencies' }];

const STOP_GRACE_MS = 20_000;

function repositoryFile(relative: string): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, relative))) return join(dir, relative);
    if (dirname(dir) === dir) throw new Error(`${relative} not found above ${__dirname}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function pipeLines(stream: NodeJS.ReadableStream | null, prefix: string, log: (line: string) => void): void {
  if (stream) createInterface({ input: stream }).on('line', (line) => log(`${prefix} ${line}`));
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  prefix: string,
  log: (line: string) => void,
): Promise<number> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  pipeLines(child.stdout, prefix, log);
  pipeLines(child.stderr, prefix, log);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/** The project's dev broker (deploy/kafka-dev), unless KAFKA_BROKERS names one; stops it only if it started it. */
async function ensureBroker(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<{ brokers: string; stop(): Promise<void> }> {
  const configured = env.KAFKA_BROKERS?.trim();
  if (configured) return { brokers: configured, stop: async () => undefined };
  const script = repositoryFile(join('deploy', 'kafka-dev', 'kafka.sh'));
  const brokers = `127.0.0.1:${env.KAFKA_DEV_PORT ?? 9092}`;
  if ((await run('bash', [script, 'status'], env, '[kafka]', log)) === 0)
    return { brokers, stop: async () => undefined };
  if ((await run('bash', [script, 'start'], env, '[kafka]', log)) !== 0)
    throw new Error(
      'the Kafka dev broker did not start (deploy/kafka-dev/kafka.sh start); or set KAFKA_BROKERS',
    );
  return { brokers, stop: async () => void (await run('bash', [script, 'stop'], env, '[kafka]', log)) };
}

/** Each service's database URL: DATABASE_URL's server with the service's database, else the embedded server. */
async function databases(
  options: DistributedOptions,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<{ urls: Map<string, string>; embedded?: EmbeddedPostgresHandle }> {
  const nameOf = options.databaseName ?? ((service: ServiceDeclaration) => service.database);
  const names = new Map(options.services.map((service) => [service.name, nameOf(service)]));
  if (env.DATABASE_URL) {
    const urlFor = (database: string) => {
      const url = new URL(env.DATABASE_URL!);
      url.pathname = `/${encodeURIComponent(database)}`;
      return url.toString();
    };
    return { urls: new Map([...names].map(([service, database]) => [service, urlFor(database)])) };
  }
  const embedded = await startEmbeddedPostgres({
    databases: [...names.values()],
    log: (line) => log(`[postgres] ${line}`),
  });
  return {
    urls: new Map([...names].map(([service, database]) => [service, embedded.urlFor(database)])),
    embedded,
  };
}

async function isReady(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health/ready`, {
      signal: AbortSignal.timeout(2_000),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

function stopProcess(child: ChildProcess, exited: Promise<unknown>): Promise<unknown> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  return exited.finally(() => clearTimeout(timer));
}

/**
 * `npm run start:distributed`: the broker, each service as one or more Node processes on its own
 * database, and the development gateway in front of them. Resolves once every process is ready.
 */
export async function startDistributed(options: DistributedOptions): Promise<DistributedPlatform> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const env = { ...(options.env ?? process.env) };
  const appsDir = options.appsDir ?? join(__dirname, '..', '..', '..');
  const children: { child: ChildProcess; process: ServiceProcess }[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await Promise.all(children.map(({ child, process }) => stopProcess(child, process.exited)));
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  };
  try {
    const broker = await ensureBroker(env, log);
    cleanups.push(broker.stop);
    const { urls, embedded } = await databases(options, env, log);
    if (embedded) cleanups.push(() => embedded.stop());
    const upstreams = new Map<string, string[]>();
    for (const service of options.services) {
      const count = options.replicas?.[service.name] ?? 1;
      for (let replica = 1; replica <= count; replica++) {
        const port = await freePort();
        const prefix = `[${service.name}#${replica}]`;
        const child = spawn(process.execPath, [join(appsDir, service.name, 'src', 'main.js')], {
          env: {
            ...env,
            AUTH_MODE: env.AUTH_MODE ?? 'dev',
            HOST: '127.0.0.1',
            PORT: String(port),
            DATABASE_URL: urls.get(service.name),
            KAFKA_BROKERS: broker.brokers,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        pipeLines(child.stdout, prefix, log);
        pipeLines(child.stderr, prefix, log);
        const exited = new Promise<number | string>((resolve) =>
          child.once('exit', (code, signal) => {
            log(`[distributed] ${prefix} exited (${signal ?? code})${stopping ? '' : ' while running'}`);
            resolve(signal ?? code ?? 0);
          }),
        );
        children.push({ child, process: { service: service.name, replica, port, pid: child.pid!, exited } });
        upstreams.set(service.name, [...(upstreams.get(service.name) ?? []), `http://127.0.0.1:${port}`]);
      }
    }
    const ports = children.map(({ process }) => process.port);
    const allReady = async () => (await Promise.all(ports.map(isReady))).every(Boolean);
    const gateway = await createGateway({
      routes: [...routeTable(options.services), ...DEV_ROUTES],
      upstreams,
      ready: allReady,
    });
    await gateway.listen({ port: options.port, host: env.HOST ?? '127.0.0.1' });
    cleanups.push(() => gateway.close());
    const address = gateway.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`;
    const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
    const early = Promise.race(children.map(({ process }) => process.exited.then(() => process)));
    for (;;) {
      if (await allReady()) break;
      const gone = await Promise.race([
        early,
        new Promise((resolve) => setTimeout(resolve, 1_000, undefined)),
      ]);
      if (gone)
        throw new Error(
          `[${(gone as ServiceProcess).service}#${(gone as ServiceProcess).replica}] exited during start-up`,
        );
      if (Date.now() > deadline) throw new Error('the services were not ready in time');
    }
    log(
      `[distributed] ready: ${url} (${children.map(({ process }) => `${process.service}#${process.replica}:${process.port}`).join(', ')})`,
    );
    return { url, processes: children.map(({ process }) => process), kafkaBrokers: broker.brokers, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
