import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgencyUpdated } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { viewerOf } from '../../../access/caller.util';
import { Agency } from '../../domain/agency.aggregate';
import { AgencyRuleViolation } from '../../domain/agency.errors';
import { AgencyHierarchyReader } from '../../infrastructure/agency-hierarchy.reader';
import { agencyStateData } from '../../infrastructure/agency.mapper';
import { AgencyRepository } from '../../infrastructure/agency.repository';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { placementAfter } from '../agency-placement.util';
import { RESERVED_AGENCY_FIELDS } from './update-agency.dto';
import { UpdateAgencyCommand } from './update-agency.command';

@CommandHandler(UpdateAgencyCommand)
export class UpdateAgencyHandler implements ICommandHandler<UpdateAgencyCommand, AgencyView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ agencyId, changes, expectedVersions, actor }: UpdateAgencyCommand): Promise<AgencyView> {
    const viewer = viewerOf(actor);
    const reserved = RESERVED_AGENCY_FIELDS.filter((field) => changes[field] !== undefined);
    if (!viewer.operatesPlatform && reserved.length > 0) {
      throw new AgencyRuleViolation(
        'AGENCY.CHANGE_RESERVED',
        `Only organisers and platform-admins change ${reserved.join(', ')}.`,
      );
    }
    return this.unitOfWork.run(async (tx) => {
      const hierarchy = new AgencyHierarchyReader(tx.manager);
      const moves = Agency.touchesHierarchy(changes);
      if (moves) await hierarchy.lock();
      const agencies = new AgencyRepository(tx.manager);
      const agency = await agencies.lockById(agencyId);
      if (!agency?.isVisibleTo(viewer)) {
        throw new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
      }
      agency.assertVersion(expectedVersions);
      const previousVersion = agency.snapshot().version;
      const placement = moves ? await placementAfter(hierarchy, agency, changes, viewer) : undefined;
      if (agency.update(changes, placement)) {
        await agencies.update(agency, previousVersion);
        tx.emit(AgencyUpdated, agencyStateData(agency.snapshot()));
      }
      return toAgencyView(agency.snapshot());
    });
  }
}
