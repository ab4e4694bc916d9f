import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RoadmapItemStatusChanged } from '@csg/contracts';
import { isAgencyAdmin } from '@csg/auth';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { MaturityRuleViolation } from '../../../shared/maturity-rule.violation';
import { reminderAt, reminderDaysFrom } from '../../domain/due-reminder.rule';
import { ROADMAP_ERRORS } from '../../domain/roadmap.errors';
import { roadmapItemData } from '../../infrastructure/roadmap-events.mapper';
import { RoadmapItemReader } from '../../infrastructure/roadmap-item.reader';
import { RoadmapItemRepository } from '../../infrastructure/roadmap-item.repository';
import { toRoadmapItemView, type RoadmapItemView } from '../../queries/roadmap-item.view';
import { ChangeRoadmapItemCommand } from './change-roadmap-item.command';

/**
 * Changes an item over the version the caller read. Operators and the agency's admins change
 * anything; a member only the items they own (status, description, milestones). A status change
 * emits `roadmap.item-status-changed`; the reminder row follows the due date and status.
 */
@CommandHandler(ChangeRoadmapItemCommand)
export class ChangeRoadmapItemHandler implements ICommandHandler<ChangeRoadmapItemCommand, RoadmapItemView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ itemId, changes, expectedVersions, actor }: ChangeRoadmapItemCommand): Promise<RoadmapItemView> {
    const caller = callerOf(actor);
    return this.unitOfWork.run(async (tx) => {
      const visible = await new RoadmapItemReader(tx.manager).visible(
        itemId,
        caller.operatesPlatform,
        caller.agencyIds,
      );
      const items = new RoadmapItemRepository(tx.manager);
      const item = visible ? await items.lockById(itemId) : null;
      if (!item) throw new MaturityRuleViolation(ROADMAP_ERRORS.itemNotFound, 'No such roadmap item.');
      item.assertVersion(expectedVersions);
      const before = item.snapshot();
      const known = await items.knownSubcategories(changes.subcategoryIds ?? before.subcategoryIds);
      const editor = {
        sub: caller.sub,
        mayChangeAnyItem: caller.operatesPlatform || isAgencyAdmin(actor, before.agencyId),
      };
      const { changed, previousStatus } = item.change(changes, editor, (id) => known.has(id));
      if (changed) {
        const s = item.snapshot();
        await items.update(item, before.version);
        await items.scheduleReminder(
          s.id,
          reminderAt(s, reminderDaysFrom(process.env.MATURITY_DUE_REMINDER_DAYS)),
          s.dueOn,
        );
        if (previousStatus) tx.emit(RoadmapItemStatusChanged, roadmapItemData(s, previousStatus));
      }
      return toRoadmapItemView(item.snapshot());
    });
  }
}
