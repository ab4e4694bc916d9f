import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@csg/persistence';
import { findFreePort } from '@csg/testing/kafka/kafka-broker';
import { createTestDatabase } from '@csg/testing/postgres/test-database';
import { PgLogTransport } from '../src/transport/in-process/pg-log.transport';
import { describeMessagingContract } from './messaging-contract.suite';

describe('messaging contract on the in-process transport (PostgreSQL log)', () => {
  describeMessagingContract(async () => {
    const bus = await createTestDatabase('bus');
    return {
      name: 'in-process',
      create: async () => new PgLogTransport({ url: bus.url, pollIntervalMs: 100, partitions: 4 }),
      // The in-process transport's "broker" is its bus database: the outage stops that server.
      isolated: async () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'csg-bus-'));
        const port = await findFreePort();
        const open = () => startEmbeddedPostgres({ dataDir, port, databases: ['bus'] });
        let server = await open();
        const url = server.urlFor('bus');
        return {
          transport: async () => new PgLogTransport({ url, pollIntervalMs: 100, partitions: 4 }),
          stop: () => server.stop(),
          start: async () => {
            server = await open();
          },
          dispose: async () => {
            await server.stop().catch(() => undefined);
            rmSync(dataDir, { recursive: true, force: true });
          },
        };
      },
      dispose: () => bus.drop(),
    };
  });
});
