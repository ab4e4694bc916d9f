/**
 * The platform side of the API cases: the agencies service as it ships (the same module, HTTP
 * shell, guard, validation, TypeORM and outbox), on its own database, with the in-process
 * transport on a bus database so a benchmark never publishes to a shared broker.
 * Env: DATABASE_URL, BUS_DATABASE_URL, PORT, AUTH_MODE=dev, AUTH_DEV_DATA_DIR.
 */
import 'reflect-metadata';
import { createHttpApplication, listen } from '@csg/http';
import { PgLogTransport } from '@csg/messaging';
import { ProcessRootModule } from '@csg/runtime';
import { AGENCIES_SERVICE } from '../../apps/agencies/src/agencies.service';

async function main(): Promise<void> {
  const root = ProcessRootModule.compose({
    transport: () => new PgLogTransport({ url: process.env.BUS_DATABASE_URL! }),
    services: [{ declaration: AGENCIES_SERVICE, databaseUrl: process.env.DATABASE_URL! }],
  });
  const app = await createHttpApplication(root, {
    title: 'agencies (bench)',
    shutdownHooks: false,
  });
  await listen(app, Number(process.env.PORT), 'bench-agencies');
  // A plain exit after closing, so `node --cpu-prof` (BENCH_PLATFORM_NODE_ARGS) writes its profile.
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
