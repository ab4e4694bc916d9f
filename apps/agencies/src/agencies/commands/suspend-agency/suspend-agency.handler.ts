import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { AgencyRepository } from '../../domain/agency-repository.port';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { changeAgencyStatus } from '../agency-status-change.util';
import { SuspendAgencyCommand } from './suspend-agency.command';

@CommandHandler(SuspendAgencyCommand)
export class SuspendAgencyHandler implements ICommandHandler<SuspendAgencyCommand, AgencyView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly agencies: AgencyRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: SuspendAgencyCommand): Promise<AgencyView> {
    return this.unitOfWork.run(async () => {
      const agency = await changeAgencyStatus(this.agencies, command, (a) => a.suspend(this.clock.now()));
      return toAgencyView(agency.snapshot());
    });
  }
}
