import { defineService } from '@csg/runtime';
import { MATURITY_ERROR_STATUSES } from './maturity.error-statuses';
import { MATURITY_MIGRATIONS } from './maturity.migrations';
import { MaturityModule } from './maturity.module';
import { MATURITY_OUTBOX } from './maturity.outbox';

/** The maturity service as the platform knows it (apps/embedded/src/services.ts lists it). */
export const MATURITY_SERVICE = defineService({
  name: 'maturity',
  title: 'CyberSecureGov maturity service',
  routes: [
    {
      match: 'pattern',
      path: '/api/v1/agencies/[^/]+/(assessments|recommendations|roadmap(\\.[a-z]+)?)(/|$)',
    },
    { match: 'pattern', path: '/api/v1/reports/((maturity|impact)(\\.svg)?|programme\\.pdf)$' },
    { match: 'prefix', path: '/api/v1/frameworks' },
    { match: 'prefix', path: '/api/v1/campaigns' },
    { match: 'prefix', path: '/api/v1/assessments' },
    { match: 'prefix', path: '/api/v1/roadmap' },
  ],
  migrations: MATURITY_MIGRATIONS,
  module: (config) => MaturityModule.register(config),
  errorStatuses: MATURITY_ERROR_STATUSES,
  outbox: MATURITY_OUTBOX,
});
