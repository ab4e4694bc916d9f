import { createHttpApplication, listen } from '@csg/http';
import { KafkaTransport, kafkaOptionsFromEnv } from '@csg/messaging';
import { JsonLogger } from '@csg/observability';
import { ensureDatabaseExists, resolveDatabaseUrl } from '@csg/persistence';
import type { ServiceDeclaration } from './service-declaration';
import { ProcessRootModule } from './service-root.module';

/**
 * One declared service in its own process: its database from `<SERVICE>_DATABASE_URL` or
 * `DATABASE_URL`, Kafka from `KAFKA_BROKERS`, HTTP on `PORT`.
 */
export async function runDistributedService(declaration: ServiceDeclaration): Promise<void> {
  const log = new JsonLogger(declaration.name);
  try {
    const databaseUrl = resolveDatabaseUrl(declaration.name);
    if (process.env.DATABASE_CREATE_IF_MISSING !== 'false') await ensureDatabaseExists(databaseUrl);
    const root = ProcessRootModule.compose({
      transport: () => new KafkaTransport(kafkaOptionsFromEnv(`csg-${declaration.name}`)),
      services: [{ declaration, databaseUrl }],
    });
    const app = await createHttpApplication(root, { title: declaration.title });
    await listen(app, Number(process.env.PORT ?? 3000), declaration.name);
  } catch (error) {
    log.error('failed to start', { error });
    process.exit(1);
  }
}
