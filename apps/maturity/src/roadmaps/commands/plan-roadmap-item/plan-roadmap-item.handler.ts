import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RoadmapItemPlanned } from '@csg/contracts';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { reminderAt, reminderDaysFrom } from '../../domain/due-reminder.rule';
import { RoadmapItem } from '../../domain/roadmap-item.aggregate';
import { roadmapItemData } from '../../infrastructure/roadmap-events.mapper';
import { RoadmapItemRepository } from '../../infrastructure/roadmap-item.repository';
import { toRoadmapItemView, type RoadmapItemView } from '../../queries/roadmap-item.view';
import { PlanRoadmapItemCommand } from './plan-roadmap-item.command';

/** Plans an item and puts its reminder in the due-time table, in one transaction with its event. */
@CommandHandler(PlanRoadmapItemCommand)
export class PlanRoadmapItemHandler implements ICommandHandler<
  PlanRoadmapItemCommand,
  IdempotentOutcome<RoadmapItemView>
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({
    agencyId,
    details,
    actorSub,
    idempotency,
  }: PlanRoadmapItemCommand): Promise<IdempotentOutcome<RoadmapItemView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const items = new RoadmapItemRepository(tx.manager);
        const known = await items.knownSubcategories(details.subcategoryIds);
        const item = RoadmapItem.plan(agencyId, details, actorSub, (id) => known.has(id));
        const s = item.snapshot();
        await items.insert(item);
        await items.scheduleReminder(
          s.id,
          reminderAt(s, reminderDaysFrom(process.env.MATURITY_DUE_REMINDER_DAYS)),
          s.dueOn,
        );
        tx.emit(RoadmapItemPlanned, roadmapItemData(s));
        return toRoadmapItemView(s);
      }),
    );
  }
}
