import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { AttendanceCertifier } from '../../../sessions/domain/attendance-certifier.port';
import { SessionRepository } from '../../../sessions/domain/session-repository.port';
import { SessionRuleViolation } from '../../../sessions/domain/session.errors';
import { AttendanceRecording } from '../../domain/attendance-recording.aggregate';
import { attendanceIsOpen } from '../../domain/attendance-window.rule';
import { RegistrationRepository } from '../../domain/registration-repository.port';
import type { AttendanceView } from '../../queries/attendance.view';
import { lockVisibleSession, OPERATOR } from '../registration-access.util';
import { RecordAttendanceCommand } from './record-attendance.command';

@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand, AttendanceView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly registrations: RegistrationRepository,
    private readonly clock: Clock,
    private readonly certifier: AttendanceCertifier,
  ) {}

  /**
   * All or nothing: an unknown or unconfirmed registration refuses the whole list. One
   * `attendance.recorded` per recording names the attending agencies (the recording's fact).
   * Attendance caught up on after completion is certified at once (ADR 80).
   */
  execute({ sessionId, registrationIds }: RecordAttendanceCommand): Promise<AttendanceView> {
    const now = this.clock.now();
    return this.unitOfWork.run(async () => {
      const session = (await lockVisibleSession(this.sessions, sessionId, OPERATOR)).snapshot();
      if (!attendanceIsOpen(session, now)) {
        throw new SessionRuleViolation(
          'ATTENDANCE.NOT_OPEN',
          'Attendance is recorded from two hours before a scheduled session starts, and after it is completed.',
        );
      }
      const ids = [...new Set(registrationIds)];
      const found = await this.registrations.lockManyById(sessionId, ids);
      const unknown = ids.filter((id) => !found.some((r) => r.id === id));
      if (unknown.length > 0) {
        throw new SessionRuleViolation(
          'ATTENDANCE.UNKNOWN_REGISTRATION',
          `Not registrations of this session: ${unknown.join(', ')}.`,
        );
      }
      const before = await this.registrations.attendance(sessionId);
      const of = { sessionId, source: 'BULK' as const, session };
      const recording = AttendanceRecording.take(of, found, before, now);
      await this.registrations.saveAttendance(recording);
      await this.certifier.certifyOwed(session, now);
      return {
        recorded: recording.attended.length,
        alreadyRecorded: found.length - recording.attended.length,
        attendedCount: recording.totals.attended,
      };
    });
  }
}
