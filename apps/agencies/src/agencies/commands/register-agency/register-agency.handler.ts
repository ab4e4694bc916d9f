import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgencyRegistered, type AgencyStateData } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { Agency, type AgencyState } from '../../domain/agency.aggregate';
import { AgencyRepository } from '../../infrastructure/agency.repository';
import { RegisterAgencyCommand } from './register-agency.command';

export function agencyStateData(state: Readonly<AgencyState>): AgencyStateData {
  return {
    agencyId: state.id,
    name: state.name,
    acronym: state.acronym,
    tier: state.tier,
    jurisdiction: state.jurisdiction,
    sector: state.sector as AgencyStateData['sector'],
    parentAgencyId: state.parentAgencyId,
    contactEmail: state.contactEmail,
    website: state.website,
    status: state.status,
    version: state.version,
    occurredAt: state.updatedAt.toISOString(),
  };
}

@CommandHandler(RegisterAgencyCommand)
export class RegisterAgencyHandler implements ICommandHandler<RegisterAgencyCommand, AgencyState> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ props }: RegisterAgencyCommand): Promise<AgencyState> {
    return this.unitOfWork.run(async (tx) => {
      const agency = Agency.register(props);
      await new AgencyRepository(tx.manager).insert(agency);
      tx.emit(AgencyRegistered, agencyStateData(agency.snapshot()));
      return agency.snapshot();
    });
  }
}
