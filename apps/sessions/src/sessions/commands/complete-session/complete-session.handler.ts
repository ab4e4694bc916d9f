import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { AttendanceCertifier } from '../../domain/attendance-certifier.port';
import { SessionRepository } from '../../domain/session-repository.port';
import { toSessionView, type SessionView } from '../../queries/session.view';
import { changeSession } from '../session-change.util';
import { CompleteSessionCommand } from './complete-session.command';

@CommandHandler(CompleteSessionCommand)
export class CompleteSessionHandler implements ICommandHandler<CompleteSessionCommand, SessionView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
    private readonly certifier: AttendanceCertifier,
  ) {}

  /** Completing certifies everyone whose attendance was recorded (ADR 80). */
  execute({ sessionId, expectedVersions }: CompleteSessionCommand): Promise<SessionView> {
    const now = this.clock.now();
    return this.unitOfWork.run(async () => {
      const session = await changeSession(this.sessions, sessionId, expectedVersions, (s) => s.complete(now));
      await this.certifier.certifyOwed(session.snapshot(), now);
      return toSessionView(session.snapshot());
    });
  }
}
