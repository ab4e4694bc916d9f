import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { composeParts, type ServiceModuleConfig } from '@csg/runtime';
import { DISCUSSION_PARTS } from './discussion/discussion.parts';
import { EXCHANGE_ENTITIES } from './exchange.entities';
import { EXCHANGE_MIGRATIONS } from './exchange.migrations';
import { PRACTICE_PARTS } from './practices/practices.parts';
import { SESSION_DIRECTORY_PARTS } from './session-directory/session-directory.parts';

/**
 * The exchange service: best practices with revisions, review, comments, endorsements and search;
 * it projects the sessions service's sessions so a practice links only to a known one (ADR 50).
 * Each context lists its use cases in its own `*.parts.ts` (ADR 66).
 */
@Module({})
export class ExchangeModule {
  static register(options: ServiceModuleConfig): DynamicModule {
    return {
      module: ExchangeModule,
      imports: [
        PersistenceModule.forService({
          name: 'exchange',
          url: options.databaseUrl,
          entities: EXCHANGE_ENTITIES,
          migrations: EXCHANGE_MIGRATIONS,
        }),
        MessagingModule.forService({
          service: 'exchange',
          databaseUrl: options.databaseUrl,
          outbox: options.outbox,
        }),
        ServiceAuthModule.forService('exchange'),
      ],
      ...composeParts(DISCUSSION_PARTS, PRACTICE_PARTS, SESSION_DIRECTORY_PARTS),
    };
  }
}
