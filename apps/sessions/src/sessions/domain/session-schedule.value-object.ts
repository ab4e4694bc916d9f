import { SessionRuleViolation } from './session.errors';

/** When a session runs: UTC instants, with the IANA time zone it is shown in (e.g. `Asia/Karachi`). */
export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  timezone: string;
}

/** A time zone is valid when the runtime's IANA database knows it (`UTC` and `Asia/Karachi` are; `GMT+5` is not). */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** SessionEndsAfterItStarts, in a time zone the IANA database knows. */
export function assertValidTimes(times: SessionTimes): void {
  if (Number.isNaN(times.startsAt.getTime()) || Number.isNaN(times.endsAt.getTime())) {
    throw new SessionRuleViolation('SESSION.INVALID_TIMES', 'startsAt and endsAt must be instants.');
  }
  if (times.endsAt.getTime() <= times.startsAt.getTime()) {
    throw new SessionRuleViolation('SESSION.INVALID_TIMES', 'A session ends after it starts.');
  }
  if (!isIanaTimeZone(times.timezone)) {
    throw new SessionRuleViolation(
      'SESSION.INVALID_TIMEZONE',
      `${times.timezone} is not an IANA time zone (e.g. Asia/Karachi).`,
    );
  }
}
