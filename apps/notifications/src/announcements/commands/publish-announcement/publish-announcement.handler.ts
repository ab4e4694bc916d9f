import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { subOf } from '../../../access/caller.util';
import { scheduleJob } from '../../../scheduling/infrastructure/due-jobs';
import { Announcement } from '../../domain/announcement.aggregate';
import { audienceOf } from '../../domain/audience.value-object';
import { AnnouncementRepository } from '../../infrastructure/announcement.repository';
import { toAnnouncementView, type AnnouncementView } from '../../queries/announcement.view';
import { ANNOUNCEMENT_JOB, AnnouncementPublisher } from './announcement.publisher';
import { PublishAnnouncementCommand } from './publish-announcement.command';

@CommandHandler(PublishAnnouncementCommand)
export class PublishAnnouncementHandler implements ICommandHandler<
  PublishAnnouncementCommand,
  IdempotentOutcome<AnnouncementView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly publisher: AnnouncementPublisher,
  ) {}

  execute({
    draft,
    actor,
    idempotency,
  }: PublishAnnouncementCommand): Promise<IdempotentOutcome<AnnouncementView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const now = new Date();
        const announcement = Announcement.create(
          {
            ...draft,
            audience: audienceOf(draft.audience.kind, draft.audience.values ?? []),
            publishAt: draft.publishAt ? new Date(draft.publishAt) : undefined,
          },
          subOf(actor),
          now,
        );
        await new AnnouncementRepository(tx.manager).insert(announcement);
        if (announcement.isDueAt(now)) await this.publisher.publish(announcement, tx, now);
        else
          await scheduleJob(
            tx.manager,
            ANNOUNCEMENT_JOB,
            announcement.snapshot().id,
            announcement.snapshot().publishAt,
          );
        return toAnnouncementView(announcement.snapshot());
      }),
    );
  }
}
