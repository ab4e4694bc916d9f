import { defineService } from '@csg/runtime';
import { SESSIONS_ERROR_STATUSES } from './sessions.error-statuses';
import { SESSIONS_MIGRATIONS } from './sessions.migrations';
import { SESSIONS_OUTBOX } from './sessions.outbox';
import { SessionsModule } from './sessions.module';

/** The sessions service as the platform knows it (apps/embedded/src/services.ts lists it). */
export const SESSIONS_SERVICE = defineService({
  name: 'sessions',
  title: 'CyberSecureGov sessions service',
  routes: [
    { match: 'prefix', path: '/api/v1/sessions' },
    { match: 'exact', path: '/api/v1/reports/participation' },
    { match: 'prefix', path: '/api/v1/certificates' },
  ],
  migrations: SESSIONS_MIGRATIONS,
  module: (config) => SessionsModule.register(config),
  errorStatuses: SESSIONS_ERROR_STATUSES,
  outbox: SESSIONS_OUTBOX,
});
