import { Module, type DynamicModule } from '@nestjs/common';
import { CreateOutboxAndInbox1764300000000, MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { AgencyDirectoryProjection } from './agency-directory/infrastructure/agency-directory.projection';
import { CreateAgencyDirectory1764300004000 } from './agency-directory/infrastructure/migrations/1764300004000-create-agency-directory.migration';

export const NOTIFICATIONS_MIGRATIONS = [CreateOutboxAndInbox1764300000000, CreateAgencyDirectory1764300004000];

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
      ],
      providers: [AgencyDirectoryProjection],
    };
  }
}
