import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

const SCRIPT = join('deploy', 'kafka-dev', 'kafka.sh');

/** deploy/kafka-dev of this repo, found upwards from this file (works from src/ and from dist/). */
export function kafkaDevDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCRIPT))) return join(dir, 'deploy', 'kafka-dev');
    if (dirname(dir) === dir) throw new Error(`${SCRIPT} not found above ${__dirname}`);
  }
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Throws when the tools the project's own broker needs are missing: java always, mvn only
 * while Kafka's jars have not been fetched yet (deploy/kafka-dev/target/lib).
 */
export function assertKafkaToolsAvailable(): void {
  const jarsFetched = existsSync(join(kafkaDevDir(), 'target', 'lib', '.complete'));
  const missing = ['java', ...(jarsFetched ? [] : ['mvn'])].filter((tool) => !onPath(tool));
  if (missing.length === 0) return;
  throw new Error(
    `Cannot start the test Kafka broker: ${missing.join(' and ')} not found on PATH. ` +
      'Install Java 17+ and Maven (e.g. apt-get install openjdk-17-jdk-headless maven), ' +
      'or set KAFKA_BROKERS=host:port to use an existing Kafka broker.',
  );
}

/** Runs `kafka.sh <command>` with the given KAFKA_DEV_* variables; rejects with its output. */
export async function runKafkaDev(
  command: 'fetch' | 'start' | 'stop' | 'status',
  env: Record<string, string>,
): Promise<string> {
  const script = join(kafkaDevDir(), 'kafka.sh');
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      [script, command],
      { env: { ...process.env, ...env }, timeout: 600_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const output = `${stdout}${stderr}`.trim();
        reject(new Error(`kafka.sh ${command} failed (${error.code ?? error.signal}):\n${output}`));
      },
    );
  });
}
