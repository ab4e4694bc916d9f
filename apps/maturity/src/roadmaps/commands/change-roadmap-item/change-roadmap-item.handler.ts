import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isAgencyAdmin } from '@csg/auth';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { MaturityRuleViolation } from '../../../shared/maturity-rule.violation';
import { AgencyMembers } from '../../domain/agency-members.port';
import { reminderAt, reminderDaysFrom } from '../../domain/due-reminder.rule';
import { assertOwnerIsAMember } from '../../domain/roadmap-owner.rule';
import { RoadmapItemRepository } from '../../domain/roadmap-item-repository.port';
import { ROADMAP_ERRORS } from '../../domain/roadmap.errors';
import { toRoadmapItemView, type RoadmapItemView } from '../../queries/roadmap-item.view';
import { ChangeRoadmapItemCommand } from './change-roadmap-item.command';

/**
 * Changes an item over the version the caller read. Operators and the agency's admins change
 * anything; a member only the items they own (status, description, milestones). A status change
 * is a fact the unit of work publishes; the reminder row follows the due date and status.
 */
@CommandHandler(ChangeRoadmapItemCommand)
export class ChangeRoadmapItemHandler implements ICommandHandler<ChangeRoadmapItemCommand, RoadmapItemView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly items: RoadmapItemRepository,
    private readonly members: AgencyMembers,
  ) {}

  execute({ itemId, changes, expectedVersions, actor }: ChangeRoadmapItemCommand): Promise<RoadmapItemView> {
    const caller = callerOf(actor);
    return this.unitOfWork.run(async () => {
      const item = await this.items.lockVisible(itemId, caller.operatesPlatform, caller.agencyIds);
      if (!item) throw new MaturityRuleViolation(ROADMAP_ERRORS.itemNotFound, 'No such roadmap item.');
      item.assertVersion(expectedVersions);
      const before = item.snapshot();
      const known = await this.items.knownSubcategories(changes.subcategoryIds ?? before.subcategoryIds);
      const editor = {
        sub: caller.sub,
        mayChangeAnyItem: caller.operatesPlatform || isAgencyAdmin(actor, before.agencyId),
      };
      if (item.change(changes, editor, (id) => known.has(id)).changed) {
        const s = item.snapshot();
        if (s.ownerSub !== before.ownerSub) await assertOwnerIsAMember(this.members, s.agencyId, s.ownerSub);
        await this.items.update(item, before.version);
        await this.items.scheduleReminder(
          s.id,
          reminderAt(s, reminderDaysFrom(process.env.MATURITY_DUE_REMINDER_DAYS)),
          s.dueOn,
        );
      }
      return toRoadmapItemView(item.snapshot());
    });
  }
}
