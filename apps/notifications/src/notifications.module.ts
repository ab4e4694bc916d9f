import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { NOTIFICATIONS_MIGRATIONS } from './notifications.migrations';
import { AgencyDirectoryProjection } from './agency-directory/infrastructure/agency-directory.projection';

/** The notifications service: announcements, inboxes, e-mail, webhooks and the integration feed. */
@Module({})
export class NotificationsModule {
  static register(options: { databaseUrl: string }): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [
        PersistenceModule.forService({
          name: 'notifications',
          url: options.databaseUrl,
          entities: [],
          migrations: NOTIFICATIONS_MIGRATIONS,
        }),
        MessagingModule.forService({ service: 'notifications', databaseUrl: options.databaseUrl }),
        ServiceAuthModule.forService('notifications'),
      ],
      providers: [AgencyDirectoryProjection],
    };
  }
}
