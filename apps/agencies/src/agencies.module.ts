import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import type { ServiceModuleConfig } from '@csg/runtime';
import { AGENCIES_MIGRATIONS } from './agencies.migrations';
import { RegisterAgencyController } from './agencies/commands/register-agency/register-agency.controller';
import { RegisterAgencyHandler } from './agencies/commands/register-agency/register-agency.handler';
import { ReinstateAgencyController } from './agencies/commands/reinstate-agency/reinstate-agency.controller';
import { ReinstateAgencyHandler } from './agencies/commands/reinstate-agency/reinstate-agency.handler';
import { ResnapshotAgenciesHandler } from './agencies/commands/resnapshot-agencies/resnapshot-agencies.handler';
import { SuspendAgencyController } from './agencies/commands/suspend-agency/suspend-agency.controller';
import { SuspendAgencyHandler } from './agencies/commands/suspend-agency/suspend-agency.handler';
import { UpdateAgencyController } from './agencies/commands/update-agency/update-agency.controller';
import { UpdateAgencyHandler } from './agencies/commands/update-agency/update-agency.handler';
import { VerifyAgencyController } from './agencies/commands/verify-agency/verify-agency.controller';
import { VerifyAgencyHandler } from './agencies/commands/verify-agency/verify-agency.handler';
import { AgencyHierarchy } from './agencies/domain/agency-hierarchy.port';
import { AgencyRepository } from './agencies/domain/agency-repository.port';
import { AgencySnapshotSource } from './agencies/domain/agency-snapshot-source.port';
import { SqlAgencyHierarchy } from './agencies/infrastructure/agency-hierarchy.reader';
import { SqlAgencySnapshotSource } from './agencies/infrastructure/agency-snapshot.reader';
import { AgencyOrmEntity } from './agencies/infrastructure/agency.orm-entity';
import { TypeOrmAgencyRepository } from './agencies/infrastructure/agency.repository';
import { GetAgencyController } from './agencies/queries/get-agency/get-agency.controller';
import { GetAgencyHandler } from './agencies/queries/get-agency/get-agency.handler';
import { ListAgenciesController } from './agencies/queries/list-agencies/list-agencies.controller';
import { ListAgenciesHandler } from './agencies/queries/list-agencies/list-agencies.handler';
import { AddMemberController } from './members/commands/add-member/add-member.controller';
import { AddMemberHandler } from './members/commands/add-member/add-member.handler';
import { ChangeMemberController } from './members/commands/change-member/change-member.controller';
import { ChangeMemberHandler } from './members/commands/change-member/change-member.handler';
import { RemoveMemberController } from './members/commands/remove-member/remove-member.controller';
import { RemoveMemberHandler } from './members/commands/remove-member/remove-member.handler';
import { AgencyMembershipsReader } from './members/infrastructure/agency-memberships.reader';
import { MemberRepository } from './members/domain/member-repository.port';
import { MemberOrmEntity } from './members/infrastructure/member.orm-entity';
import { TypeOrmMemberRepository } from './members/infrastructure/member.repository';
import { GetMyMembershipsController } from './members/queries/get-my-memberships/get-my-memberships.controller';
import { GetMyMembershipsHandler } from './members/queries/get-my-memberships/get-my-memberships.handler';
import { ListMembersController } from './members/queries/list-members/list-members.controller';
import { ListMembersHandler } from './members/queries/list-members/list-members.handler';

/** The agencies service: agencies, their hierarchy, members and roles. */
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
      controllers: [
        RegisterAgencyController,
        ListAgenciesController,
        GetAgencyController,
        UpdateAgencyController,
        VerifyAgencyController,
        SuspendAgencyController,
        ReinstateAgencyController,
        AddMemberController,
        ListMembersController,
        ChangeMemberController,
        RemoveMemberController,
        GetMyMembershipsController,
      ],
      providers: [
        { provide: AgencyRepository, useClass: TypeOrmAgencyRepository },
        { provide: AgencyHierarchy, useClass: SqlAgencyHierarchy },
        { provide: MemberRepository, useClass: TypeOrmMemberRepository },
        { provide: AgencySnapshotSource, useClass: SqlAgencySnapshotSource },
        RegisterAgencyHandler,
        UpdateAgencyHandler,
        VerifyAgencyHandler,
        SuspendAgencyHandler,
        ReinstateAgencyHandler,
        ResnapshotAgenciesHandler,
        GetAgencyHandler,
        ListAgenciesHandler,
        AddMemberHandler,
        ChangeMemberHandler,
        RemoveMemberHandler,
        ListMembersHandler,
        GetMyMembershipsHandler,
      ],
    };
  }
}
