import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthRegistry } from '@csg/observability';
import { MetricsController } from './metrics.controller';

/** Health and metrics routes, once per process, fed by every service module in it. */
@Global()
@Module({
  controllers: [HealthController, MetricsController],
  providers: [HealthRegistry],
  exports: [HealthRegistry],
})
export class OperationsModule {}
