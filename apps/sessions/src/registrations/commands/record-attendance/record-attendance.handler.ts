import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { SessionRepository } from '../../../sessions/domain/session-repository.port';
import { SessionRuleViolation } from '../../../sessions/domain/session.errors';
import { attendanceIsOpen } from '../../domain/attendance-window.rule';
import { RegistrationRepository } from '../../domain/registration-repository.port';
import { attendanceRecorded } from '../../infrastructure/attendance-events.mapper';
import type { AttendanceView } from '../../queries/attendance.view';
import { lockVisibleSession, OPERATOR } from '../registration-access.util';
import { RecordAttendanceCommand } from './record-attendance.command';

@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand, AttendanceView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly registrations: RegistrationRepository,
  ) {}

  /**
   * All or nothing: an unknown or unconfirmed registration refuses the whole list. One
   * `attendance.recorded` per recording names the attending agencies (a set fact, emitted here).
   */
  execute({ sessionId, registrationIds }: RecordAttendanceCommand): Promise<AttendanceView> {
    return this.unitOfWork.run(async (tx) => {
      const session = (await lockVisibleSession(this.sessions, sessionId, OPERATOR)).snapshot();
      if (!attendanceIsOpen(session, new Date())) {
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
      const attended = found.filter((r) => r.recordAttendance('BULK', session));
      await this.registrations.save(attended);
      const totals = await this.registrations.attendance(sessionId);
      if (attended.length > 0) {
        const event = attendanceRecorded(sessionId, 'BULK', attended, totals);
        tx.emit(event.definition, event.data);
      }
      return {
        recorded: attended.length,
        alreadyRecorded: found.length - attended.length,
        attendedCount: totals.attended,
      };
    });
  }
}
