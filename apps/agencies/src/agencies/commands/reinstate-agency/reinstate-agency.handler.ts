import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { AgencyRepository } from '../../domain/agency-repository.port';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { changeAgencyStatus } from '../agency-status-change.util';
import { ReinstateAgencyCommand } from './reinstate-agency.command';

@CommandHandler(ReinstateAgencyCommand)
export class ReinstateAgencyHandler implements ICommandHandler<ReinstateAgencyCommand, AgencyView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly agencies: AgencyRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: ReinstateAgencyCommand): Promise<AgencyView> {
    return this.unitOfWork.run(async () => {
      const agency = await changeAgencyStatus(this.agencies, command, (a) => a.reinstate(this.clock.now()));
      return toAgencyView(agency.snapshot());
    });
  }
}
