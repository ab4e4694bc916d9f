import { defineService } from '@csg/runtime';
import { EXCHANGE_ERROR_STATUSES } from './exchange.error-statuses';
import { EXCHANGE_MIGRATIONS } from './exchange.migrations';
import { EXCHANGE_OUTBOX } from './exchange.outbox';
import { ExchangeModule } from './exchange.module';

/** The exchange service as the platform knows it (apps/embedded/src/services.ts lists it). */
export const EXCHANGE_SERVICE = defineService({
  name: 'exchange',
  title: 'CyberSecureGov exchange service',
  routes: [{ match: 'prefix', path: '/api/v1/practices' }],
  migrations: EXCHANGE_MIGRATIONS,
  module: (config) => ExchangeModule.register(config),
  errorStatuses: EXCHANGE_ERROR_STATUSES,
  outbox: EXCHANGE_OUTBOX,
});
