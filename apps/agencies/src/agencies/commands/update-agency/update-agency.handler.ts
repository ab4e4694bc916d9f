import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { viewerOf } from '../../../access/caller.util';
import { Agency } from '../../domain/agency.aggregate';
import { AgencyHierarchy } from '../../domain/agency-hierarchy.port';
import { AgencyRepository } from '../../domain/agency-repository.port';
import { AgencyRuleViolation } from '../../domain/agency.errors';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { placementAfter } from '../agency-placement.util';
import { RESERVED_AGENCY_FIELDS } from './update-agency.dto';
import { UpdateAgencyCommand } from './update-agency.command';

@CommandHandler(UpdateAgencyCommand)
export class UpdateAgencyHandler implements ICommandHandler<UpdateAgencyCommand, AgencyView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly agencies: AgencyRepository,
    private readonly hierarchy: AgencyHierarchy,
  ) {}

  async execute({ agencyId, changes, expectedVersions, actor }: UpdateAgencyCommand): Promise<AgencyView> {
    const viewer = viewerOf(actor);
    const reserved = RESERVED_AGENCY_FIELDS.filter((field) => changes[field] !== undefined);
    if (!viewer.operatesPlatform && reserved.length > 0) {
      throw new AgencyRuleViolation(
        'AGENCY.CHANGE_RESERVED',
        `Only organisers and platform-admins change ${reserved.join(', ')}.`,
      );
    }
    return this.unitOfWork.run(async () => {
      const moves = Agency.touchesHierarchy(changes);
      if (moves) await this.hierarchy.lock();
      const agency = await this.agencies.lockById(agencyId);
      if (!agency?.isVisibleTo(viewer)) throw new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
      agency.assertVersion(expectedVersions);
      const previousVersion = agency.snapshot().version;
      const placement = moves ? await placementAfter(this.hierarchy, agency, changes, viewer) : undefined;
      if (agency.update(changes, placement)) await this.agencies.update(agency, previousVersion);
      return toAgencyView(agency.snapshot());
    });
  }
}
