import 'reflect-metadata';
import { runDistributedService } from '@csg/runtime';
import { NotificationsModule } from './notifications.module';

void runDistributedService({
  service: 'notifications',
  title: 'CyberSecureGov notifications service',
  module: (config) => NotificationsModule.register(config),
});
