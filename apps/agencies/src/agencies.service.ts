import { defineService } from '@csg/runtime';
import { AGENCIES_ERROR_STATUSES } from './agencies.error-statuses';
import { AGENCIES_MIGRATIONS } from './agencies.migrations';
import { AGENCIES_OUTBOX } from './agencies.outbox';
import { AgenciesModule } from './agencies.module';

/** The agencies service: agencies, their hierarchy, members and roles. */
export const AGENCIES_SERVICE = defineService({
  name: 'agencies',
  title: 'CyberSecureGov agencies service',
  routes: [
    { match: 'prefix', path: '/api/v1/agencies' },
    { match: 'exact', path: '/api/v1/me' },
  ],
  migrations: AGENCIES_MIGRATIONS,
  module: (config) => AgenciesModule.register(config),
  errorStatuses: AGENCIES_ERROR_STATUSES,
  outbox: AGENCIES_OUTBOX,
});
