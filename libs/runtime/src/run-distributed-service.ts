import type { DynamicModule } from '@nestjs/common';
import { createHttpApplication, listen, type DomainErrorStatuses } from '@csg/http';
import { KafkaTransport, kafkaOptionsFromEnv } from '@csg/messaging';
import { JsonLogger } from '@csg/observability';
import { ensureDatabaseExists, resolveDatabaseUrl, type ServiceName } from '@csg/persistence';
import { ProcessRootModule } from './service-root.module';

export interface DistributedServiceOptions {
  service: ServiceName;
  title: string;
  module: (config: { databaseUrl: string }) => DynamicModule;
  errorStatuses?: DomainErrorStatuses;
}

/**
 * One service in its own process: its database from `<SERVICE>_DATABASE_URL` or `DATABASE_URL`,
 * Kafka from `KAFKA_BROKERS`, HTTP on `PORT`.
 */
export async function runDistributedService(options: DistributedServiceOptions): Promise<void> {
  const log = new JsonLogger(options.service);
  try {
    const databaseUrl = resolveDatabaseUrl(options.service);
    if (process.env.DATABASE_CREATE_IF_MISSING !== 'false') await ensureDatabaseExists(databaseUrl);
    const root = ProcessRootModule.compose({
      transport: () => new KafkaTransport(kafkaOptionsFromEnv(`csg-${options.service}`)),
      services: [options.module({ databaseUrl })],
    });
    const app = await createHttpApplication(root, {
      title: options.title,
      domainErrorStatuses: options.errorStatuses,
    });
    await listen(app, Number(process.env.PORT ?? 3000), options.service);
  } catch (error) {
    log.error('failed to start', { error });
    process.exit(1);
  }
}
