/** How long before the start the door opens for check-in and attendance. */
export const ATTENDANCE_OPENS_BEFORE_START_MS = 2 * 60 * 60 * 1000;

/**
 * AttendanceIsRecordedFromShortlyBeforeTheStart: from two hours before a scheduled session
 * starts, and after it is completed (organisers catch up on paper lists). Never for drafts or
 * cancelled sessions.
 */
export function attendanceIsOpen(session: { status: string; startsAt: Date }, now: Date): boolean {
  if (session.status === 'COMPLETED') return true;
  return (
    session.status === 'SCHEDULED' &&
    now.getTime() >= session.startsAt.getTime() - ATTENDANCE_OPENS_BEFORE_START_MS
  );
}

/** Check-in codes work at the door only: while the session is scheduled and the door is open. */
export function checkInIsOpen(session: { status: string; startsAt: Date }, now: Date): boolean {
  return session.status === 'SCHEDULED' && attendanceIsOpen(session, now);
}
