import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgencySuspended } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { changeAgencyStatus } from '../agency-status-change.util';
import { SuspendAgencyCommand } from './suspend-agency.command';

@CommandHandler(SuspendAgencyCommand)
export class SuspendAgencyHandler implements ICommandHandler<SuspendAgencyCommand, AgencyView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ agencyId, expectedVersions }: SuspendAgencyCommand): Promise<AgencyView> {
    return this.unitOfWork.run(async (tx) => {
      const agency = await changeAgencyStatus(tx, agencyId, expectedVersions, AgencySuspended, (a) =>
        a.suspend(),
      );
      return toAgencyView(agency.snapshot());
    });
  }
}
