import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { FeedbackSubmitted, type FeedbackSubmittedData } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { actorSub, readerOf } from '../../../access/caller.util';
import { sessionNotFound } from '../../../sessions/commands/session-change.util';
import { sessionIsVisibleTo } from '../../../sessions/domain/session-visibility.rule';
import { SessionRepository } from '../../../sessions/infrastructure/session.repository';
import { Feedback } from '../../domain/feedback.aggregate';
import { FeedbackRepository } from '../../infrastructure/feedback.repository';
import { toFeedbackView, type FeedbackView } from '../../queries/feedback.view';
import { SubmitFeedbackCommand } from './submit-feedback.command';

@CommandHandler(SubmitFeedbackCommand)
export class SubmitFeedbackHandler implements ICommandHandler<SubmitFeedbackCommand, FeedbackView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ sessionId, rating, comment, actor }: SubmitFeedbackCommand): Promise<FeedbackView> {
    const reader = readerOf(actor);
    const sub = actorSub(actor);
    return this.unitOfWork.run(async (tx) => {
      const session = await new SessionRepository(tx.manager).findById(sessionId);
      if (!session || !sessionIsVisibleTo(reader, session.status)) throw sessionNotFound();
      const feedback = new FeedbackRepository(tx.manager);
      const attendedRegistrationId = await feedback.attendedRegistrationOf(sessionId, sub);
      const given = Feedback.submit(randomUUID(), session, { sub, attendedRegistrationId }, rating, comment);
      await feedback.insert(given);
      const f = given.snapshot();
      const data: FeedbackSubmittedData = {
        feedbackId: f.id,
        sessionId,
        rating: f.rating,
        hasComment: f.comment !== null,
        tlp: 'TLP:GREEN',
        submittedAt: f.submittedAt.toISOString(),
      };
      tx.emit(FeedbackSubmitted, data);
      return toFeedbackView(f);
    });
  }
}
