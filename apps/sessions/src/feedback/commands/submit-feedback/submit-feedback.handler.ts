import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { actorSub, readerOf } from '../../../access/caller.util';
import { sessionNotFound } from '../../../sessions/commands/session-change.util';
import { SessionRepository } from '../../../sessions/domain/session-repository.port';
import { sessionIsVisibleTo } from '../../../sessions/domain/session-visibility.rule';
import { FeedbackRepository } from '../../domain/feedback-repository.port';
import { Feedback } from '../../domain/feedback.aggregate';
import { toFeedbackView, type FeedbackView } from '../../queries/feedback.view';
import { SubmitFeedbackCommand } from './submit-feedback.command';

@CommandHandler(SubmitFeedbackCommand)
export class SubmitFeedbackHandler implements ICommandHandler<SubmitFeedbackCommand, FeedbackView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly feedback: FeedbackRepository,
    private readonly clock: Clock,
  ) {}

  execute({ sessionId, rating, comment, actor }: SubmitFeedbackCommand): Promise<FeedbackView> {
    const reader = readerOf(actor);
    const sub = actorSub(actor);
    return this.unitOfWork.run(async () => {
      const session = await this.sessions.findById(sessionId);
      if (!session || !sessionIsVisibleTo(reader, session.status)) throw sessionNotFound();
      const attendedRegistrationId = await this.feedback.attendedRegistrationOf(sessionId, sub);
      const giver = { sub, attendedRegistrationId };
      const given = Feedback.submit(randomUUID(), session, giver, rating, comment, this.clock.now());
      await this.feedback.insert(given);
      return toFeedbackView(given.snapshot());
    });
  }
}
