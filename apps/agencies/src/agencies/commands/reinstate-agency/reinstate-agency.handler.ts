import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgencyReinstated } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { changeAgencyStatus } from '../agency-status-change.util';
import { ReinstateAgencyCommand } from './reinstate-agency.command';

@CommandHandler(ReinstateAgencyCommand)
export class ReinstateAgencyHandler implements ICommandHandler<ReinstateAgencyCommand, AgencyView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ agencyId, expectedVersions }: ReinstateAgencyCommand): Promise<AgencyView> {
    return this.unitOfWork.run(async (tx) => {
      const agency = await changeAgencyStatus(tx, agencyId, expectedVersions, AgencyReinstated, (a) =>
        a.reinstate(),
      );
      return toAgencyView(agency.snapshot());
    });
  }
}
