import { Module, type DynamicModule } from '@nestjs/common';
import { AgencyDirectoryProjectionHandler, ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { composeParts, type ServiceModuleConfig } from '@csg/runtime';
import { ANNOUNCEMENT_PARTS } from './announcements/announcements.parts';
import { AUDIENCE_PARTS } from './audiences/audiences.parts';
import { EVENT_FEED_PARTS } from './event-feed/event-feed.parts';
import { INBOX_PARTS } from './inbox/inbox.parts';
import { IntegrationKeyResolver } from './integrations/infrastructure/integration-key.resolver';
import { INTEGRATION_PARTS } from './integrations/integrations.parts';
import { MAIL_PARTS } from './mail/mail.parts';
import { NOTIFICATIONS_MIGRATIONS } from './notifications.migrations';
import { NotificationsWorkers } from './notifications.workers';
import { REACTION_PARTS } from './reactions/reactions.parts';
import { DueJobScheduler } from './scheduling/infrastructure/due-job.scheduler';
import { NOTIFICATIONS_DATABASE_URL, NotificationSignals } from './streaming/notification-signals';
import { WEBHOOK_PARTS } from './webhooks/webhooks.parts';

/**
 * The notifications service: announcements, inboxes, e-mail, webhooks and the integration feed.
 * Each context lists its use cases in its own `*.parts.ts` (ADR 66); the agency directory is the
 * auth library's projection (ADR 67), first so the event log reads the agency it was just told of.
 */
@Module({})
export class NotificationsModule {
  static register(options: ServiceModuleConfig): DynamicModule {
    const { controllers, providers } = composeParts(
      ANNOUNCEMENT_PARTS,
      AUDIENCE_PARTS,
      INBOX_PARTS,
      MAIL_PARTS,
      INTEGRATION_PARTS,
      WEBHOOK_PARTS,
      EVENT_FEED_PARTS,
      REACTION_PARTS,
    );
    return {
      module: NotificationsModule,
      imports: [
        PersistenceModule.forService({
          name: 'notifications',
          url: options.databaseUrl,
          entities: [],
          migrations: NOTIFICATIONS_MIGRATIONS,
        }),
        MessagingModule.forService({
          service: 'notifications',
          databaseUrl: options.databaseUrl,
          outbox: options.outbox,
        }),
        ServiceAuthModule.forService('notifications', { apiKeys: IntegrationKeyResolver }),
      ],
      controllers,
      providers: [
        AgencyDirectoryProjectionHandler,
        // What several contexts share: change signals for the streams, the due-job scheduler and
        // the jobs handed to it.
        { provide: NOTIFICATIONS_DATABASE_URL, useValue: options.databaseUrl },
        NotificationSignals,
        DueJobScheduler,
        NotificationsWorkers,
        ...providers,
      ],
    };
  }
}
