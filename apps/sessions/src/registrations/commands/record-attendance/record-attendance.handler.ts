import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { emitAll } from '../../../sessions/commands/session-change.util';
import { SessionRuleViolation } from '../../../sessions/domain/session.errors';
import { attendanceIsOpen } from '../../domain/attendance-window.rule';
import { attendanceRecorded } from '../../infrastructure/attendance-events.mapper';
import { RegistrationRepository } from '../../infrastructure/registration.repository';
import type { AttendanceView } from '../../queries/attendance.view';
import { lockVisibleSession } from '../registration-access.util';
import { RecordAttendanceCommand } from './record-attendance.command';

const OPERATOR = { operator: true, sub: null, agencyIds: [] };

@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand, AttendanceView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** All or nothing: an unknown or unconfirmed registration refuses the whole list. */
  execute({ sessionId, registrationIds }: RecordAttendanceCommand): Promise<AttendanceView> {
    return this.unitOfWork.run(async (tx) => {
      const session = await lockVisibleSession(tx.manager, sessionId, OPERATOR);
      if (!attendanceIsOpen(session.snapshot(), new Date())) {
        throw new SessionRuleViolation(
          'ATTENDANCE.NOT_OPEN',
          'Attendance is recorded from two hours before a scheduled session starts, and after it is completed.',
        );
      }
      const registrations = new RegistrationRepository(tx.manager);
      const ids = [...new Set(registrationIds)];
      const found = await registrations.lockManyById(sessionId, ids);
      const unknown = ids.filter((id) => !found.some((r) => r.id === id));
      if (unknown.length > 0) {
        throw new SessionRuleViolation(
          'ATTENDANCE.UNKNOWN_REGISTRATION',
          `Not registrations of this session: ${unknown.join(', ')}.`,
        );
      }
      const attended = found.filter((r) => r.recordAttendance('BULK'));
      await registrations.save(attended);
      const totals = await registrations.attendingAgencyIds(sessionId);
      if (attended.length > 0) emitAll(tx, [attendanceRecorded(sessionId, 'BULK', attended, totals)]);
      return {
        recorded: attended.length,
        alreadyRecorded: found.length - attended.length,
        attendedCount: totals.attended,
      };
    });
  }
}
