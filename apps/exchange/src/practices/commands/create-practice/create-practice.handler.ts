import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { SessionDirectory } from '../../../session-directory/domain/session-directory.port';
import { Practice } from '../../domain/practice.aggregate';
import { assertLinkableSession } from '../../domain/practice-session.rule';
import { PracticeRepository } from '../../domain/practice-repository.port';
import { toPracticeView, type PracticeView } from '../../queries/practice.view';
import { CreatePracticeCommand } from './create-practice.command';

@CommandHandler(CreatePracticeCommand)
export class CreatePracticeHandler implements ICommandHandler<
  CreatePracticeCommand,
  IdempotentOutcome<PracticeView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly practices: PracticeRepository,
    private readonly sessions: SessionDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * A draft is revision 1 and publishes nothing: nobody outside its agency knows of it yet. The
   * session it names must be one the exchange knows and that was not cancelled (ADR 50).
   */
  execute({ draft, actor, idempotency }: CreatePracticeCommand): Promise<IdempotentOutcome<PracticeView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        if (draft.sessionId)
          assertLinkableSession(draft.sessionId, await this.sessions.statusOf(draft.sessionId));
        const practice = Practice.draft(draft, actor, this.clock.now());
        await this.practices.insert(practice);
        return toPracticeView(practice.snapshot(), [], actor);
      }),
    );
  }
}
