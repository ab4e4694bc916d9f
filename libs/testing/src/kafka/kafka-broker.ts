import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { kafkaDevDir, runKafkaDev } from './kafka-dev-script';
import { findFreePort } from './ports';

export { findFreePort } from './ports';

export interface KafkaBrokerHandle {
  /** Bootstrap addresses for kafkajs, e.g. ['127.0.0.1:9092']. */
  brokers: string[];
  port: number;
  /** Stops the broker (SIGTERM, SIGKILL after 20 s); its data stays in the state dir. */
  stop(): Promise<void>;
  /** Starts it again on the same port and state dir; resolves once it serves requests. */
  start(): Promise<void>;
}

export interface StartKafkaBrokerOptions {
  /** Broker port on 127.0.0.1. Default 9092. */
  port?: number;
  /** State dir (data, logs, pid). Default deploy/kafka-dev/.run/<port>. */
  dir?: string;
}

/**
 * Starts (or reuses, when already running) a single-node KRaft broker from deploy/kafka-dev.
 * Kafka's jars are fetched with Maven on first use.
 */
export async function startKafkaBroker(opts: StartKafkaBrokerOptions = {}): Promise<KafkaBrokerHandle> {
  const port = opts.port ?? 9092;
  const dir = resolve(opts.dir ?? join(kafkaDevDir(), '.run', String(port)));
  const env: Record<string, string> = { KAFKA_DEV_PORT: String(port), KAFKA_DEV_DIR: dir };
  // A formatted state dir remembers its controller port; a new one gets a free port.
  if (!existsSync(join(dir, 'controller.port'))) {
    env.KAFKA_DEV_CONTROLLER_PORT = String(await findFreePort());
  }
  const start = async (): Promise<void> => {
    await runKafkaDev('start', env);
  };
  await start();
  return {
    brokers: [`127.0.0.1:${port}`],
    port,
    start,
    stop: async () => {
      await runKafkaDev('stop', env);
    },
  };
}
