import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { SessionsModule } from './sessions.module';

void runDistributedService({
  service: 'sessions',
  title: 'CyberSecureGov sessions service',
  module: (config) => SessionsModule.register(config),
});
