// First import (ADR 74): tracing must start before pg and Fastify are loaded.
import '@csg/observability/tracing/register';
import 'reflect-metadata';
import { listen } from '@csg/http';
import { JsonLogger } from '@csg/observability';
import { createEmbeddedPlatform } from './embedded-platform';
import { seedDemoAtStart } from './seed/seed-at-start';

/** `npm start`: the whole platform in one process on the embedded PostgreSQL. */
async function main(): Promise<void> {
  const log = new JsonLogger('embedded');
  const started = Date.now();
  process.env.AUTH_MODE ??= 'dev';
  const platform = await createEmbeddedPlatform();
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    await platform.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  const port = Number(process.env.PORT ?? 3000);
  await listen(platform.app, port, 'embedded');
  log.info('platform ready', {
    url: `http://localhost:${port}`,
    docs: `http://localhost:${port}/api/docs`,
    ms: Date.now() - started,
  });
  // The demo data (docs/adr/0077), through the platform's own API; seeding again changes nothing.
  if (process.env.SEED_DEMO === 'true') await seedDemoAtStart(platform.app);
}

main().catch((error) => {
  new JsonLogger('embedded').error('failed to start', { error });
  process.exit(1);
});
