import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgencyRegistered } from '@csg/contracts';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { applicantOf, viewerOf } from '../../../access/caller.util';
import { Agency } from '../../domain/agency.aggregate';
import { AgencyHierarchyReader } from '../../infrastructure/agency-hierarchy.reader';
import { agencyStateData } from '../../infrastructure/agency.mapper';
import { AgencyRepository } from '../../infrastructure/agency.repository';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { visibleParent } from '../agency-placement.util';
import { RegisterAgencyCommand } from './register-agency.command';

@CommandHandler(RegisterAgencyCommand)
export class RegisterAgencyHandler implements ICommandHandler<
  RegisterAgencyCommand,
  IdempotentOutcome<AgencyView>
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ details, actor, idempotency }: RegisterAgencyCommand): Promise<IdempotentOutcome<AgencyView>> {
    const viewer = viewerOf(actor);
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const hierarchy = new AgencyHierarchyReader(tx.manager);
        if (details.parentAgencyId) await hierarchy.lock();
        const parent = await visibleParent(hierarchy, details.parentAgencyId, viewer);
        const agency = viewer.operatesPlatform
          ? Agency.register(details, parent)
          : Agency.apply(details, parent, applicantOf(actor, details.contactEmail.trim().toLowerCase()));
        await new AgencyRepository(tx.manager).insert(agency);
        tx.emit(AgencyRegistered, agencyStateData(agency.snapshot()));
        return toAgencyView(agency.snapshot());
      }),
    );
  }
}
