import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, startKafkaBroker, type KafkaBrokerHandle } from '@csg/testing/kafka/kafka-broker';
import { kafkaDevDir } from '@csg/testing/kafka/kafka-dev-script';
import { waitFor } from '@csg/testing/wait-for';
import { kafkaOptionsFromEnv } from '../src/transport/kafka/kafka-options';
import { KafkaTransport } from '../src/transport/kafka/kafka.transport';
import type { IncomingMessage, OutgoingMessage } from '../src/transport/message-transport.port';

/**
 * The services' Kafka security settings against the project's own broker run as a production
 * cluster runs it: SASL/SCRAM-SHA-512 over TLS (a throw-away test CA), one SCRAM user per
 * service, the StandardAuthorizer denying by default and deploy/kafka-acls/kafka-acls.sh applied.
 * Always a broker of its own (not the shared one), stopped and deleted afterwards.
 */
describe('Kafka over SASL_SSL with the platform ACLs', () => {
  let broker: KafkaBrokerHandle;
  let dir: string;
  const transports: KafkaTransport[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'csg-kafka-sasl-'));
    broker = await startKafkaBroker({ port: await findFreePort(), dir, security: 'sasl_ssl' });
  }, 420_000);

  afterEach(async () => {
    await Promise.all(transports.splice(0).map((t) => t.close()));
  });

  afterAll(async () => {
    await broker?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  /** The environment a service runs with in production, for principal `user`. */
  function serviceEnv(user: string, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return {
      KAFKA_BROKERS: broker.brokers.join(','),
      KAFKA_PARTITIONS: '3',
      KAFKA_SESSION_TIMEOUT_MS: '10000',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: user,
      KAFKA_SASL_PASSWORD: broker.security!.password(user),
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: broker.security!.caFile,
      ...overrides,
    };
  }

  async function connectAs(user: string, overrides: NodeJS.ProcessEnv = {}): Promise<KafkaTransport> {
    const transport = new KafkaTransport(kafkaOptionsFromEnv(`csg-${user}`, serviceEnv(user, overrides)));
    transports.push(transport);
    await transport.start();
    return transport;
  }

  const message = (topic: string, key: string): OutgoingMessage => ({
    topic,
    key,
    value: JSON.stringify({ key }),
    headers: { ce_id: randomUUID(), ce_type: 'csg.test.sasl.v1' },
  });

  it("lets a service's principal produce its own topics and consume, in its own group, the topics it handles", async () => {
    const agencies = await connectAs('agencies');
    const sessions = await connectAs('sessions');
    // What a service does at start: look up (pre-created) topics, which needs Describe.
    await sessions.ensureTopics(['csg.sessions', 'csg.dlq.csg.sessions', 'csg.replay.csg.sessions']);

    const key = randomUUID();
    await agencies.publish([message('csg.agencies', key)]);
    await sessions.publish([message('csg.sessions', key), message('csg.replay.csg.sessions', key)]);

    // The sessions service handles agency events (its agency directory and memberships).
    const received: IncomingMessage[] = [];
    await sessions.subscribe({
      groupId: 'csg.sessions',
      topics: ['csg.agencies', 'csg.replay.csg.sessions'],
      handleBatch: async (messages) => {
        received.push(...messages.filter((m) => m.key === key));
      },
    });
    await waitFor(() => received.length === 2, {
      what: 'its replay and the agencies event',
      timeoutMs: 60_000,
    });
    expect(received.map((m) => m.topic).sort()).toEqual(['csg.agencies', 'csg.replay.csg.sessions']);
    expect(received.every((m) => m.headers.ce_type === 'csg.test.sasl.v1')).toBe(true);
  }, 120_000);

  it('refuses a service reading a topic whose events it does not handle (agencies handles none)', async () => {
    const agencies = await connectAs('agencies');
    await expect(
      agencies.subscribe({
        groupId: 'csg.agencies',
        topics: ['csg.sessions'],
        handleBatch: async () => undefined,
      }),
    ).rejects.toThrow(/not authorized|authorization/i);
  }, 60_000);

  it("refuses a service writing another service's topic", async () => {
    const agencies = await connectAs('agencies');
    await expect(agencies.publish([message('csg.sessions', randomUUID())])).rejects.toThrow(
      /not authorized|authorization/i,
    );
  }, 60_000);

  it("refuses a service reading another service's dead letters", async () => {
    const agencies = await connectAs('agencies');
    await expect(
      agencies.subscribe({
        groupId: 'csg.agencies',
        topics: ['csg.dlq.csg.sessions'],
        handleBatch: async () => undefined,
      }),
    ).rejects.toThrow(/not authorized|authorization/i);
  }, 60_000);

  it('refuses a wrong password and a client that does not trust the broker certificate', async () => {
    await expect(connectAs('agencies', { KAFKA_SASL_PASSWORD: 'not-the-password' })).rejects.toThrow(
      /SASL|authentication/i,
    );
    await expect(connectAs('agencies', { KAFKA_SSL_CA_FILE: '' })).rejects.toThrow(
      /certificate|self.signed|unable to verify/i,
    );
  }, 60_000);

  it('npm run kafka:consume shows an operator the keys and ce_* headers of a topic, logged in as ops-dlq', async () => {
    const agencies = await connectAs('agencies');
    const key = randomUUID();
    await agencies.publish([message('csg.dlq.csg.agencies', key)]);

    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        'bash',
        [
          join(kafkaDevDir(), 'bin', 'kafka-consume.sh'),
          'csg.dlq.csg.agencies',
          '--max-messages',
          '1',
          '--timeout-ms',
          '60000',
        ],
        {
          env: { ...process.env, ...serviceEnv('ops-dlq') },
          timeout: 120_000,
        },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      );
    });
    const line = output.split('\n').find((l) => l.includes(key));
    expect(line).toBeDefined();
    expect(line).toMatch(/Partition:\d+\tOffset:\d+\t/);
    expect(line).toContain('ce_type:csg.test.sasl.v1');
    expect(line).toMatch(/ce_id:[0-9a-f-]{36}/);
    expect(line).toContain(`\t${key}\t`);
  }, 150_000);
});
