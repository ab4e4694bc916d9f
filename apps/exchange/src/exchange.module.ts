import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { EXCHANGE_MIGRATIONS } from './exchange.migrations';

/** The exchange service: best practices with revisions, review, comments, endorsements and search. */
@Module({})
export class ExchangeModule {
  static register(options: { databaseUrl: string }): DynamicModule {
    return {
      module: ExchangeModule,
      imports: [
        PersistenceModule.forService({
          name: 'exchange',
          url: options.databaseUrl,
          entities: [],
          migrations: EXCHANGE_MIGRATIONS,
        }),
        MessagingModule.forService({ service: 'exchange', databaseUrl: options.databaseUrl }),
        ServiceAuthModule.forService('exchange'),
      ],
    };
  }
}
