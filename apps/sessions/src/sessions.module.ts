import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { SESSIONS_MIGRATIONS } from './sessions.migrations';

/** The sessions service: programme sessions, agendas, registrations, attendance, materials, feedback and reports. */
@Module({})
export class SessionsModule {
  static register(options: { databaseUrl: string }): DynamicModule {
    return {
      module: SessionsModule,
      imports: [
        PersistenceModule.forService({
          name: 'sessions',
          url: options.databaseUrl,
          entities: [],
          migrations: SESSIONS_MIGRATIONS,
        }),
        MessagingModule.forService({ service: 'sessions', databaseUrl: options.databaseUrl }),
        ServiceAuthModule.forService('sessions'),
      ],
    };
  }
}
