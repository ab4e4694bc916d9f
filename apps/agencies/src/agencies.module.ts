import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { AGENCIES_MIGRATIONS } from './agencies.migrations';
import { RegisterAgencyController } from './agencies/commands/register-agency/register-agency.controller';
import { RegisterAgencyHandler } from './agencies/commands/register-agency/register-agency.handler';
import { AgencyOrmEntity } from './agencies/infrastructure/agency.orm-entity';
import { GetAgencyController } from './agencies/queries/get-agency/get-agency.controller';
import { GetAgencyHandler } from './agencies/queries/get-agency/get-agency.handler';

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
        ServiceAuthModule.forService('agencies'),
      ],
      controllers: [RegisterAgencyController, GetAgencyController],
      providers: [RegisterAgencyHandler, GetAgencyHandler],
    };
  }
}
