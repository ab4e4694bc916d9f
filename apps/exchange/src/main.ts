import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { ExchangeModule } from './exchange.module';

void runDistributedService({
  service: 'exchange',
  title: 'CyberSecureGov exchange service',
  module: (config) => ExchangeModule.register(config),
});
