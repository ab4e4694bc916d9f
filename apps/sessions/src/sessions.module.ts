import { Module, type DynamicModule } from '@nestjs/common';
import { CreateOutboxAndInbox1764300000000, MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';

export const SESSIONS_MIGRATIONS = [CreateOutboxAndInbox1764300000000];

/** The sessions service: programme sessions, agendas, registrations, attendance, materials, feedback and reports. */
@Module({})
export class SessionsModule {
  static register(options: { databaseUrl: string }): DynamicModule {
    return {
      module: SessionsModule,
      imports: [
        PersistenceModule.forService({ name: 'sessions', url: options.databaseUrl, entities: [], migrations: SESSIONS_MIGRATIONS }),
        MessagingModule.forService({ service: 'sessions', databaseUrl: options.databaseUrl }),
      ],
    };
  }
}
