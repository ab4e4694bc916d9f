/**
 * The platform side of the practice cases: the exchange service as it ships (its module, HTTP
 * shell, guard, validation, TypeORM and outbox), on its own database, with the in-process
 * transport on a bus database. Env: DATABASE_URL, BUS_DATABASE_URL, PORT, AUTH_MODE=dev, AUTH_DEV_DATA_DIR.
 */
import 'reflect-metadata';
import { createHttpApplication, listen } from '@csg/http';
import { PgLogTransport } from '@csg/messaging';
import { ProcessRootModule } from '@csg/runtime';
import { EXCHANGE_SERVICE } from '../../apps/exchange/src/exchange.service';

async function main(): Promise<void> {
  const root = ProcessRootModule.compose({
    transport: () => new PgLogTransport({ url: process.env.BUS_DATABASE_URL! }),
    services: [{ declaration: EXCHANGE_SERVICE, databaseUrl: process.env.DATABASE_URL! }],
  });
  const app = await createHttpApplication(root, { title: 'exchange (bench)', shutdownHooks: false });
  await listen(app, Number(process.env.PORT), 'bench-exchange');
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
