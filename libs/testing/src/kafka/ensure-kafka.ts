import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertKafkaToolsAvailable, kafkaDevDir, runKafkaDev } from './kafka-dev-script';
import { startKafkaBroker, type KafkaBrokerHandle } from './kafka-broker';
import { findFreePort, isPortFree } from './ports';

export interface TestKafka {
  /** Comma-separated bootstrap list, as in KAFKA_BROKERS. */
  brokers: string;
  /** Stops the broker and deletes its state dir when one was started; no-op otherwise. */
  stop: () => Promise<void>;
}

export const TEST_KAFKA_PORT = 9092;

const testDir = (port: number): string => join(kafkaDevDir(), '.run', `test-${port}`);
const OWNER_FILE = 'owner.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A broker left running by an earlier test run that died before its teardown would hold the
 * port forever: stop it, unless the process that started it still runs (a concurrent run).
 */
async function stopLeftoverBroker(port: number): Promise<void> {
  const dir = testDir(port);
  if (!existsSync(join(dir, 'kafka.pid'))) return;
  const ownerFile = join(dir, OWNER_FILE);
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : 0;
  if (owner > 0 && isAlive(owner)) return;
  await runKafkaDev('stop', { KAFKA_DEV_PORT: String(port), KAFKA_DEV_DIR: dir });
}

/** A fresh broker in .run/test-<port>; on 9092 when free, else on a free port. */
async function startFreshBroker(): Promise<{ broker: KafkaBrokerHandle; dir: string }> {
  await stopLeftoverBroker(TEST_KAFKA_PORT);
  const preferred = (await isPortFree(TEST_KAFKA_PORT)) ? [TEST_KAFKA_PORT] : [];
  for (const port of [...preferred, await findFreePort()]) {
    const dir = testDir(port);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, OWNER_FILE), String(process.pid));
    try {
      return { broker: await startKafkaBroker({ port, dir }), dir };
    } catch (error) {
      // Another test run may have taken the port in the meantime: try a free one once.
      if (port !== TEST_KAFKA_PORT || !/already in use/.test(String(error))) throw error;
    }
  }
  throw new Error('unreachable');
}

/**
 * A Kafka for the test run: KAFKA_BROKERS when set, else a fresh single-node broker from
 * deploy/kafka-dev on 9092 (or a free port) with an empty state dir .run/test-<port>.
 * Sets KAFKA_BROKERS so test workers started afterwards use it. Throws, never skips, when
 * Java or Maven are missing.
 */
export async function ensureKafkaForTests(): Promise<TestKafka> {
  const configured = process.env.KAFKA_BROKERS?.trim();
  if (configured) return { brokers: configured, stop: async () => undefined };
  assertKafkaToolsAvailable();
  const { broker, dir } = await startFreshBroker();
  const brokers = broker.brokers.join(',');
  process.env.KAFKA_BROKERS = brokers;
  return {
    brokers,
    stop: async () => {
      await broker.stop();
      await rm(dir, { recursive: true, force: true });
      if (process.env.KAFKA_BROKERS === brokers) delete process.env.KAFKA_BROKERS;
    },
  };
}
