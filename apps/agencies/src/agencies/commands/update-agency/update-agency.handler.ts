import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { applyVersionedChange, Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { viewerOf } from '../../../access/caller.util';
import { Agency } from '../../domain/agency.aggregate';
import { AgencyHierarchy } from '../../domain/agency-hierarchy.port';
import { AgencyRepository } from '../../domain/agency-repository.port';
import { agencyNotFound, AgencyRuleViolation } from '../../domain/agency.errors';
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
    private readonly clock: Clock,
  ) {}

  /** A move in the hierarchy takes the hierarchy's lock before the agency's. */
  async execute({ agencyId, changes, expectedVersions, actor }: UpdateAgencyCommand): Promise<AgencyView> {
    const viewer = viewerOf(actor);
    const reserved = RESERVED_AGENCY_FIELDS.filter((field) => changes[field] !== undefined);
    if (!viewer.operatesPlatform && reserved.length > 0) {
      throw new AgencyRuleViolation(
        'AGENCY.CHANGE_RESERVED',
        `Only organisers and platform-admins change ${reserved.join(', ')}.`,
      );
    }
    const moves = Agency.touchesHierarchy(changes);
    return this.unitOfWork.run(async () => {
      if (moves) await this.hierarchy.lock();
      return applyVersionedChange(this.agencies, {
        id: agencyId,
        expectedVersions,
        notFound: agencyNotFound,
        visibleTo: (agency) => agency.isVisibleTo(viewer),
        apply: async (agency) => {
          const placement = moves ? await placementAfter(this.hierarchy, agency, changes, viewer) : undefined;
          agency.update(changes, placement, this.clock.now());
        },
        answer: (agency) => toAgencyView(agency.snapshot()),
      });
    });
  }
}
