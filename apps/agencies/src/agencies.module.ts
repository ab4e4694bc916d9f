import { Module, type DynamicModule } from '@nestjs/common';
import { CreateOutboxAndInbox1764300000000, MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { RegisterAgencyController } from './agencies/commands/register-agency/register-agency.controller';
import { RegisterAgencyHandler } from './agencies/commands/register-agency/register-agency.handler';
import { AgencyOrmEntity } from './agencies/infrastructure/agency.orm-entity';
import { CreateAgencies1764300001000 } from './agencies/infrastructure/migrations/1764300001000-create-agencies.migration';
import { GetAgencyController } from './agencies/queries/get-agency/get-agency.controller';
import { GetAgencyHandler } from './agencies/queries/get-agency/get-agency.handler';

export const AGENCIES_MIGRATIONS = [CreateOutboxAndInbox1764300000000, CreateAgencies1764300001000];

/** The agencies service: agencies, their hierarchy, members and roles. */
@Module({})
export class AgenciesModule {
  static register(options: { databaseUrl: string }): DynamicModule {
    return {
      module: AgenciesModule,
      imports: [
        PersistenceModule.forService({
          name: 'agencies',
          url: options.databaseUrl,
          entities: [AgencyOrmEntity],
          migrations: AGENCIES_MIGRATIONS,
        }),
        MessagingModule.forService({ service: 'agencies', databaseUrl: options.databaseUrl }),
      ],
      controllers: [RegisterAgencyController, GetAgencyController],
      providers: [RegisterAgencyHandler, GetAgencyHandler],
    };
  }
}
