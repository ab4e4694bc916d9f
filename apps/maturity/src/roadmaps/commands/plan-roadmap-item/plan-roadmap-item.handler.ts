import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { AgencyMembers } from '../../domain/agency-members.port';
import { reminderAt, reminderDaysFrom } from '../../domain/due-reminder.rule';
import { assertOwnerIsAMember } from '../../domain/roadmap-owner.rule';
import { RoadmapItemRepository } from '../../domain/roadmap-item-repository.port';
import { RoadmapItem } from '../../domain/roadmap-item.aggregate';
import { toRoadmapItemView, type RoadmapItemView } from '../../queries/roadmap-item.view';
import { PlanRoadmapItemCommand } from './plan-roadmap-item.command';

/** Plans an item and puts its reminder in the due-time table; `roadmap.item-planned` follows from its fact. */
@CommandHandler(PlanRoadmapItemCommand)
export class PlanRoadmapItemHandler implements ICommandHandler<
  PlanRoadmapItemCommand,
  IdempotentOutcome<RoadmapItemView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly items: RoadmapItemRepository,
    private readonly members: AgencyMembers,
    private readonly clock: Clock,
  ) {}

  execute({
    agencyId,
    details,
    actorSub,
    idempotency,
  }: PlanRoadmapItemCommand): Promise<IdempotentOutcome<RoadmapItemView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        await assertOwnerIsAMember(this.members, agencyId, details.ownerSub);
        const known = await this.items.knownSubcategories(details.subcategoryIds);
        const item = RoadmapItem.plan(agencyId, details, actorSub, (id) => known.has(id), this.clock.now());
        const s = item.snapshot();
        await this.items.insert(item);
        await this.items.scheduleReminder(
          s.id,
          reminderAt(s, reminderDaysFrom(process.env.MATURITY_DUE_REMINDER_DAYS)),
          s.dueOn,
        );
        return toRoadmapItemView(s);
      }),
    );
  }
}
