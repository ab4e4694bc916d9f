import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { AgenciesModule } from './agencies.module';
import { AGENCY_ERROR_STATUSES } from './agencies/domain/agency.errors';

void runDistributedService({
  service: 'agencies',
  title: 'CyberSecureGov agencies service',
  module: (config) => AgenciesModule.register(config),
  errorStatuses: AGENCY_ERROR_STATUSES,
});
