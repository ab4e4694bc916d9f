import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { applicantOf, viewerOf } from '../../../access/caller.util';
import { Agency } from '../../domain/agency.aggregate';
import { AgencyHierarchy } from '../../domain/agency-hierarchy.port';
import { AgencyRepository } from '../../domain/agency-repository.port';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { visibleParent } from '../agency-placement.util';
import { RegisterAgencyCommand } from './register-agency.command';

@CommandHandler(RegisterAgencyCommand)
export class RegisterAgencyHandler implements ICommandHandler<
  RegisterAgencyCommand,
  IdempotentOutcome<AgencyView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly agencies: AgencyRepository,
    private readonly hierarchy: AgencyHierarchy,
    private readonly clock: Clock,
  ) {}

  execute({ details, actor, idempotency }: RegisterAgencyCommand): Promise<IdempotentOutcome<AgencyView>> {
    const viewer = viewerOf(actor);
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        if (details.parentAgencyId) await this.hierarchy.lock();
        const parent = await visibleParent(this.hierarchy, details.parentAgencyId, viewer);
        const now = this.clock.now();
        const agency = viewer.operatesPlatform
          ? Agency.register(details, parent, now)
          : Agency.apply(details, parent, applicantOf(actor, details.contactEmail.trim().toLowerCase()), now);
        await this.agencies.insert(agency);
        return toAgencyView(agency.snapshot());
      }),
    );
  }
}
