import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApplication } from '@csg/http';
import { KafkaTransport } from '@csg/messaging';
import { ProcessRootModule, type ServiceDeclaration } from '@csg/runtime';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { enforceResponseContract, reportResponseContract } from '@csg/testing/http/response-contract';
import { KNOWN_UNDOCUMENTED_OPERATIONS } from './openapi-known-gaps';

/** An HTTP application listening on a free port, with its base URL. */
export interface RunningApp {
  app: NestFastifyApplication;
  baseUrl: string;
}

// Every suite that runs an app through this harness checks each answer against the served
// OpenAPI document (docs/adr/0021), and fails when one does not match.
afterAll(() => reportResponseContract(expect.getState().testPath ?? 'unknown'));

/** Listens on 127.0.0.1 with a free port; every answer is checked against the served document. */
export async function listenOnFreePort(app: NestFastifyApplication): Promise<RunningApp> {
  enforceResponseContract(app.getHttpAdapter().getInstance() as never, {
    exempt: KNOWN_UNDOCUMENTED_OPERATIONS,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${address.port}` };
}

/** One service as its own process would run it: its own database, Kafka, its own HTTP port. */
export async function startDistributedService(
  declaration: ServiceDeclaration,
): Promise<RunningApp & { db: TestDatabase; stop(): Promise<void> }> {
  const service = declaration.name;
  useDevAuth();
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
    services: [{ declaration, databaseUrl: db.url }],
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

/** Tests run the development issuer (AUTH_MODE=dev) with keys in a folder of their own. */
export function useDevAuth(): void {
  process.env.AUTH_MODE = 'dev';
  process.env.AUTH_DEV_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'csg-dev-issuer-'));
}

/** A bearer token from the development issuer of a running app. */
export async function devToken(
  baseUrl: string,
  claims: { sub: string; roles?: string[]; name?: string },
): Promise<string> {
  const minted = await postJson(`${baseUrl}/api/v1/dev/tokens`, claims);
  if (minted.status !== 201)
    throw new Error(`could not mint a dev token: ${minted.status} ${JSON.stringify(minted.body)}`);
  return minted.body.accessToken as string;
}

export async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as any,
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
