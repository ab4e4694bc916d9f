import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isAgencyAdmin } from '@csg/auth';
import { Clock, runVersionedChange, type VersionedRepository } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { callerOf, type Caller } from '../../../access/caller.util';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { AgencyMembers } from '../../domain/agency-members.port';
import { reminderAt, reminderDaysFrom } from '../../domain/due-reminder.rule';
import { assertOwnerIsAMember } from '../../domain/roadmap-owner.rule';
import { RoadmapItemRepository } from '../../domain/roadmap-item-repository.port';
import type { RoadmapItem } from '../../domain/roadmap-item.aggregate';
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
    private readonly clock: Clock,
  ) {}

  execute({ itemId, changes, expectedVersions, actor }: ChangeRoadmapItemCommand): Promise<RoadmapItemView> {
    const caller = callerOf(actor);
    return runVersionedChange(this.unitOfWork, this.visibleTo(caller), {
      id: itemId,
      expectedVersions,
      notFound: () => new MaturityRuleViolation(ROADMAP_ERRORS.itemNotFound, 'No such roadmap item.'),
      apply: async (item) => {
        const before = item.snapshot();
        const known = await this.items.knownSubcategories(changes.subcategoryIds ?? before.subcategoryIds);
        const editor = {
          sub: caller.sub,
          mayChangeAnyItem: caller.operatesPlatform || isAgencyAdmin(actor, before.agencyId),
        };
        item.change(changes, editor, (id) => known.has(id), this.clock.now());
        const { ownerSub } = item.snapshot();
        if (ownerSub !== before.ownerSub) await assertOwnerIsAMember(this.members, before.agencyId, ownerSub);
      },
      answer: async (item, changed) => {
        const s = item.snapshot();
        if (changed) {
          const remindAt = reminderAt(s, reminderDaysFrom(process.env.MATURITY_DUE_REMINDER_DAYS));
          await this.items.scheduleReminder(s.id, remindAt, s.dueOn);
        }
        return toRoadmapItemView(s);
      },
    });
  }

  /** The items the caller may see, locked as the versioned change asks (operators any, others their agencies'). */
  private visibleTo(caller: Caller): VersionedRepository<RoadmapItem> {
    return {
      lockById: (id) => this.items.lockVisible(id, caller.operatesPlatform, caller.agencyIds),
      update: (item, previousVersion) => this.items.update(item, previousVersion),
    };
  }
}
