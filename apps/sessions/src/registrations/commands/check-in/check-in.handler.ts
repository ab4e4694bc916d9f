import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { readerOf } from '../../../access/caller.util';
import { SessionRepository } from '../../../sessions/domain/session-repository.port';
import { SessionRuleViolation } from '../../../sessions/domain/session.errors';
import { AttendanceRecording } from '../../domain/attendance-recording.aggregate';
import { checkInIsOpen } from '../../domain/attendance-window.rule';
import { hashCheckInCode, looksLikeCheckInCode } from '../../domain/check-in-code.value-object';
import { RegistrationRepository } from '../../domain/registration-repository.port';
import { CHECK_IN_SECRET } from '../../infrastructure/check-in-secret';
import { toRegistrationView, type RegistrationView } from '../../queries/registration.view';
import { lockVisibleSession } from '../registration-access.util';
import { CheckInCommand } from './check-in.command';

const unknownCode = () =>
  new SessionRuleViolation('CHECK_IN.UNKNOWN_CODE', 'No participant of this session has this code.');

@CommandHandler(CheckInCommand)
export class CheckInHandler implements ICommandHandler<CheckInCommand, RegistrationView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly registrations: RegistrationRepository,
    @Inject(CHECK_IN_SECRET) private readonly secret: string,
    private readonly clock: Clock,
  ) {}

  /** The code is looked up by its hash; it works once, for a confirmed participant, at the door (ADR 34). */
  execute({ sessionId, code, actor }: CheckInCommand): Promise<RegistrationView> {
    const reader = readerOf(actor);
    const now = this.clock.now();
    return this.unitOfWork.run(async () => {
      const session = (await lockVisibleSession(this.sessions, sessionId, reader)).snapshot();
      if (!checkInIsOpen(session, now)) {
        throw new SessionRuleViolation(
          'CHECK_IN.NOT_OPEN',
          'Check-in opens two hours before a scheduled session starts.',
        );
      }
      if (!looksLikeCheckInCode(code)) throw unknownCode();
      const registration = await this.registrations.lockByCodeHash(sessionId, hashCheckInCode(code));
      if (!registration) throw unknownCode();
      const before = await this.registrations.attendance(sessionId);
      const of = { sessionId, source: 'CHECK_IN' as const, session };
      await this.registrations.saveAttendance(AttendanceRecording.take(of, [registration], before, now));
      return toRegistrationView(registration.snapshot(), reader, this.secret);
    });
  }
}
