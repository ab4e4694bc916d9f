import { defineService } from '@csg/runtime';
import { NOTIFICATIONS_ERROR_STATUSES } from './notifications.error-statuses';
import { NOTIFICATIONS_MIGRATIONS } from './notifications.migrations';
import { NotificationsModule } from './notifications.module';
import { NOTIFICATIONS_OUTBOX } from './notifications.outbox';

/** The notifications service as the platform knows it (apps/embedded/src/services.ts lists it). */
export const NOTIFICATIONS_SERVICE = defineService({
  name: 'notifications',
  title: 'CyberSecureGov notifications service',
  routes: [
    { match: 'prefix', path: '/api/v1/me/notifications' },
    { match: 'prefix', path: '/api/v1/me/preferences' },
    { match: 'exact', path: '/api/v1/unsubscribe' },
    { match: 'prefix', path: '/api/v1/announcements' },
    { match: 'prefix', path: '/api/v1/integrations' },
    { match: 'prefix', path: '/api/v1/webhooks' },
    { match: 'prefix', path: '/api/v1/events' },
  ],
  migrations: NOTIFICATIONS_MIGRATIONS,
  module: (config) => NotificationsModule.register(config),
  errorStatuses: NOTIFICATIONS_ERROR_STATUSES,
  outbox: NOTIFICATIONS_OUTBOX,
});
