import { contextParts } from '@csg/runtime';
import { RegisterAgencyController } from './commands/register-agency/register-agency.controller';
import { RegisterAgencyHandler } from './commands/register-agency/register-agency.handler';
import { ReinstateAgencyController } from './commands/reinstate-agency/reinstate-agency.controller';
import { ReinstateAgencyHandler } from './commands/reinstate-agency/reinstate-agency.handler';
import { ResnapshotAgenciesHandler } from './commands/resnapshot-agencies/resnapshot-agencies.handler';
import { SuspendAgencyController } from './commands/suspend-agency/suspend-agency.controller';
import { SuspendAgencyHandler } from './commands/suspend-agency/suspend-agency.handler';
import { UpdateAgencyController } from './commands/update-agency/update-agency.controller';
import { UpdateAgencyHandler } from './commands/update-agency/update-agency.handler';
import { VerifyAgencyController } from './commands/verify-agency/verify-agency.controller';
import { VerifyAgencyHandler } from './commands/verify-agency/verify-agency.handler';
import { AgencyHierarchy } from './domain/agency-hierarchy.port';
import { AgencyRepository } from './domain/agency-repository.port';
import { AgencySnapshotSource } from './domain/agency-snapshot-source.port';
import { SqlAgencyHierarchy } from './infrastructure/agency-hierarchy.reader';
import { SqlAgencySnapshotSource } from './infrastructure/agency-snapshot.reader';
import { TypeOrmAgencyRepository } from './infrastructure/agency.repository';
import { GetAgencyController } from './queries/get-agency/get-agency.controller';
import { GetAgencyHandler } from './queries/get-agency/get-agency.handler';
import { ListAgenciesController } from './queries/list-agencies/list-agencies.controller';
import { ListAgenciesHandler } from './queries/list-agencies/list-agencies.handler';

/** The agencies context: registering, verifying, suspending, changing and reading agencies. */
export const AGENCY_PARTS = contextParts({
  useCases: [
    [RegisterAgencyController, RegisterAgencyHandler],
    [ListAgenciesController, ListAgenciesHandler],
    [GetAgencyController, GetAgencyHandler],
    [UpdateAgencyController, UpdateAgencyHandler],
    [VerifyAgencyController, VerifyAgencyHandler],
    [SuspendAgencyController, SuspendAgencyHandler],
    [ReinstateAgencyController, ReinstateAgencyHandler],
    [ResnapshotAgenciesHandler], // no route: `npm run agencies:resnapshot`
  ],
  providers: [
    { provide: AgencyRepository, useClass: TypeOrmAgencyRepository },
    { provide: AgencyHierarchy, useClass: SqlAgencyHierarchy },
    { provide: AgencySnapshotSource, useClass: SqlAgencySnapshotSource },
  ],
});
