import { defineService } from '@csg/runtime';
import { MATURITY_ERROR_STATUSES } from './maturity.error-statuses';
import { MATURITY_MIGRATIONS } from './maturity.migrations';
import { MaturityModule } from './maturity.module';
import { MATURITY_OUTBOX } from './maturity.outbox';

/** The maturity service as the platform knows it (apps/embedded/src/services.ts lists it). */
export const MATURITY_SERVICE = defineService({
  name: 'maturity',
  title: 'CyberSecureGov maturity service',
  migrations: MATURITY_MIGRATIONS,
  module: (config) => MaturityModule.register(config),
  errorStatuses: MATURITY_ERROR_STATUSES,
  outbox: MATURITY_OUTBOX,
});
