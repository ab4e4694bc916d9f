import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApplication } from '@csg/http';
import { KafkaTransport } from '@csg/messaging';
import { ProcessRootModule } from '@csg/runtime';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';

/** An HTTP application listening on a free port, with its base URL. */
export interface RunningApp {
  app: NestFastifyApplication;
  baseUrl: string;
}

export async function listenOnFreePort(app: NestFastifyApplication): Promise<RunningApp> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${address.port}` };
}

/** One service as its own process would run it: its own database, Kafka, its own HTTP port. */
export async function startDistributedService(
  service: string,
  module: (config: { databaseUrl: string }) => DynamicModule,
): Promise<RunningApp & { db: TestDatabase; stop(): Promise<void> }> {
  const db = await createTestDatabase(service);
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  const root = ProcessRootModule.compose({
    transport: () =>
      new KafkaTransport({
        brokers,
        clientId: `e2e-${service}`,
        partitions: 3,
        replicationFactor: 1,
        sessionTimeoutMs: 10_000,
        stallTimeoutMs: 30_000,
      }),
    services: [module({ databaseUrl: db.url })],
  });
  const app = await createHttpApplication(root, { title: service, shutdownHooks: false });
  const running = await listenOnFreePort(app);
  return {
    ...running,
    db,
    stop: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as any,
  };
}
