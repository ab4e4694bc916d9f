import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { subOf } from '../../../access/caller.util';
import { Announcement } from '../../domain/announcement.aggregate';
import { AnnouncementRepository, AnnouncementSchedule } from '../../domain/announcement.ports';
import { audienceOf } from '../../domain/audience.value-object';
import { toAnnouncementView, type AnnouncementView } from '../../queries/announcement.view';
import { AnnouncementPublisher } from './announcement.publisher';
import { PublishAnnouncementCommand } from './publish-announcement.command';

@CommandHandler(PublishAnnouncementCommand)
export class PublishAnnouncementHandler implements ICommandHandler<
  PublishAnnouncementCommand,
  IdempotentOutcome<AnnouncementView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly announcements: AnnouncementRepository,
    private readonly schedule: AnnouncementSchedule,
    private readonly publisher: AnnouncementPublisher,
    private readonly clock: Clock,
  ) {}

  execute({
    draft,
    actor,
    idempotency,
  }: PublishAnnouncementCommand): Promise<IdempotentOutcome<AnnouncementView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const now = this.clock.now();
        const announcement = Announcement.create(
          {
            ...draft,
            audience: audienceOf(draft.audience.kind, draft.audience.values ?? []),
            publishAt: draft.publishAt ? new Date(draft.publishAt) : undefined,
          },
          subOf(actor),
          now,
        );
        await this.announcements.insert(announcement);
        const { id, publishAt } = announcement.snapshot();
        if (announcement.isDueAt(now)) await this.publisher.publish(announcement, now);
        else await this.schedule.publishAt(id, publishAt);
        return toAnnouncementView(announcement.snapshot());
      }),
    );
  }
}
