import { parseArgs } from 'node:util';
import { SERVICES } from '../services';
import { startDistributed } from './distributed-platform';

const HELP = `npm run start:distributed [-- --replicas <service>=<n>[,…]]

Starts the platform as it is deployed, on this machine (a development tool, not for production:
there the Kubernetes Ingress or compose's nginx route, docs/deployment.md):
  - the Kafka broker: KAFKA_BROKERS when set, else the project's dev broker (deploy/kafka-dev,
    as npm run kafka:start; stopped at the end only if started here)
  - each service (${SERVICES.map((s) => s.name).join(', ')}) as its own Node process, one or
    more replicas each, on 127.0.0.1 and a free port, AUTH_MODE=dev unless set
  - each on its own database csg_<service>: on the server of DATABASE_URL when set, else on the
    embedded PostgreSQL of npm start (.data/postgres)
  - a gateway on PORT (default 3000) routing /api/v1/... by the Ingress's table, round-robin over
    a service's replicas; /health/ready answers 200 only when every process is ready

Options:
  --replicas sessions=2,agencies=2   processes per service (default 1; repeatable)
  --help                             this text

Logs are prefixed per process ([sessions#2] …). Ctrl-C stops the services (SIGTERM), then the broker.`;

function replicasFrom(values: readonly string[]): Record<string, number> {
  const replicas: Record<string, number> = {};
  for (const pair of values.flatMap((value) => value.split(','))) {
    const [service, count] = pair.split('=');
    if (!SERVICES.some((s) => s.name === service) || !/^[1-9]\d*$/.test(count ?? ''))
      throw new Error(
        `--replicas ${pair}: expected <service>=<n>, service one of ${SERVICES.map((s) => s.name).join(', ')}`,
      );
    replicas[service] = Number(count);
  }
  return replicas;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      replicas: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const platform = await startDistributed({
    services: SERVICES,
    replicas: replicasFrom(values.replicas),
    port: Number(process.env.PORT ?? 3000),
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`[distributed] ${signal}: stopping\n`);
    void platform.stop().then(() => {
      process.stdout.write('[distributed] stopped\n');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`[distributed] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
