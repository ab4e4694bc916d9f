import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { composeParts, type ServiceModuleConfig } from '@csg/runtime';
import { AGENCIES_MIGRATIONS } from './agencies.migrations';
import { AGENCY_PARTS } from './agencies/agencies.parts';
import { AgencyOrmEntity } from './agencies/infrastructure/agency.orm-entity';
import { AgencyMembershipsReader } from './members/infrastructure/agency-memberships.reader';
import { MemberOrmEntity } from './members/infrastructure/member.orm-entity';
import { MEMBER_PARTS } from './members/members.parts';

/**
 * The agencies service: agencies, their hierarchy, members and roles. Each context lists its use
 * cases in its own `*.parts.ts` (ADR 66).
 */
@Module({})
export class AgenciesModule {
  static register(options: ServiceModuleConfig): DynamicModule {
    return {
      module: AgenciesModule,
      imports: [
        PersistenceModule.forService({
          name: 'agencies',
          url: options.databaseUrl,
          entities: [AgencyOrmEntity, MemberOrmEntity],
          migrations: AGENCIES_MIGRATIONS,
        }),
        MessagingModule.forService({
          service: 'agencies',
          databaseUrl: options.databaseUrl,
          outbox: options.outbox,
        }),
        // Memberships come from the service's own members table, not from a projection (ADR 6).
        ServiceAuthModule.forService('agencies', { memberships: AgencyMembershipsReader }),
      ],
      ...composeParts(AGENCY_PARTS, MEMBER_PARTS),
    };
  }
}
