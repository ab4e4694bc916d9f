import { existsSync, readFileSync } from 'node:fs';
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
  /** With `security: 'sasl_ssl'`: where its test CA is and the SCRAM users' passwords. */
  security?: KafkaBrokerSecurity;
}

export interface KafkaBrokerSecurity {
  /** PEM of the throw-away test CA that signed the broker's certificate. */
  caFile: string;
  /** SCRAM-SHA-512 password of `admin`, `agencies`, `sessions`, `exchange`, `notifications`, `ops-dlq`. */
  password(user: string): string;
}

export interface StartKafkaBrokerOptions {
  /** Broker port on 127.0.0.1. Default 9092. */
  port?: number;
  /** State dir (data, logs, pid). Default deploy/kafka-dev/.run/<port>. */
  dir?: string;
  /**
   * `sasl_ssl`: SASL/SCRAM-SHA-512 over TLS with a generated test CA, a SCRAM user per service,
   * the StandardAuthorizer and deploy/kafka-acls applied (the first start takes about a minute
   * more, for the ACL script). Fixed when the state dir is formatted.
   */
  security?: 'plaintext' | 'sasl_ssl';
}

/**
 * Starts (or reuses, when already running) a single-node KRaft broker from deploy/kafka-dev.
 * Kafka's jars are fetched with Maven on first use.
 */
export async function startKafkaBroker(opts: StartKafkaBrokerOptions = {}): Promise<KafkaBrokerHandle> {
  const port = opts.port ?? 9092;
  const dir = resolve(opts.dir ?? join(kafkaDevDir(), '.run', String(port)));
  const env: Record<string, string> = {
    KAFKA_DEV_PORT: String(port),
    KAFKA_DEV_DIR: dir,
    KAFKA_DEV_SECURITY: opts.security ?? 'plaintext',
  };
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
    ...(opts.security === 'sasl_ssl' ? { security: securityOf(dir) } : {}),
  };
}

function securityOf(dir: string): KafkaBrokerSecurity {
  const passwords = new Map(
    readFileSync(join(dir, 'security', 'passwords'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const),
  );
  return {
    caFile: join(dir, 'security', 'ca.pem'),
    password: (user) => {
      const password = passwords.get(user);
      if (!password) throw new Error(`the dev broker has no SCRAM user ${user}`);
      return password;
    },
  };
}
