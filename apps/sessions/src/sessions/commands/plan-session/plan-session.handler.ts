import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { Session } from '../../domain/session.aggregate';
import { SessionRepository } from '../../domain/session-repository.port';
import { toSessionView, type SessionView } from '../../queries/session.view';
import { PlanSessionCommand } from './plan-session.command';

@CommandHandler(PlanSessionCommand)
export class PlanSessionHandler implements ICommandHandler<
  PlanSessionCommand,
  IdempotentOutcome<SessionView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  /** A draft is the organisers' own business: no event until it is scheduled. */
  execute({ details, idempotency }: PlanSessionCommand): Promise<IdempotentOutcome<SessionView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const session = Session.plan(randomUUID(), details, this.clock.now());
        await this.sessions.insert(session);
        return toSessionView(session.snapshot());
      }),
    );
  }
}
