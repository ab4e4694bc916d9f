import { violatedRule } from '@csg/domain';
import { attendanceIsOpen, checkInIsOpen } from './attendance-window.rule';
import { checkInCodeFor, hashCheckInCode, looksLikeCheckInCode } from './check-in-code.value-object';
import { Registration } from './registration.aggregate';

const NOW = new Date('2026-12-01T08:00:00Z');
const session = (status = 'SCHEDULED') => ({
  status,
  sequence: 8,
  title: 'Session 8',
  startsAt: new Date('2026-12-10T05:00:00Z'),
  endsAt: new Date('2026-12-10T10:00:00Z'),
  timezone: 'Asia/Karachi',
});
const factsOf = (r: Registration) => r.pullRecordedEvents().map((fact) => fact.constructor.name);
const enrol = (status: 'CONFIRMED' | 'WAITLISTED') =>
  Registration.enrol(
    { id: 'r1', sessionId: 's1', agencyId: 'a' },
    session(),
    { sub: null, name: ' Ayesha Khan ', email: 'Ayesha@HEC.gov.pk' },
    status,
    'admin-a',
    'hash',
    NOW,
  );

describe('Registration', () => {
  it('enrol_RecordsItsPlaceWithANormalisedParticipant', () => {
    const r = enrol('WAITLISTED');
    expect(r.snapshot()).toMatchObject({ name: 'Ayesha Khan', email: 'ayesha@hec.gov.pk', sub: null });
    expect(factsOf(r)).toEqual(['RegistrationWaitlisted']);
  });

  it('cancel_AConfirmedPlace_FreesASeatAndSaysWhatItWas', () => {
    const r = enrol('CONFIRMED');
    r.pullRecordedEvents();
    expect(r.cancel(session(), NOW)).toBe(true);
    expect(r.status).toBe('CANCELLED');
    expect(r.pullRecordedEvents()).toMatchObject([{ previousStatus: 'CONFIRMED', session: { sequence: 8 } }]);
  });

  it('cancel_AWaitlistedPlace_FreesNoSeat', () => {
    expect(enrol('WAITLISTED').cancel(session(), NOW)).toBe(false);
  });

  it('cancel_AfterTheSessionIsCompleted_IsRefused', () => {
    expect(violatedRule(() => enrol('CONFIRMED').cancel(session('COMPLETED'), NOW))).toBe(
      'REGISTRATION.SESSION_COMPLETED',
    );
  });

  it('cancel_Twice_IsRefused', () => {
    const r = enrol('CONFIRMED');
    r.cancel(session(), NOW);
    expect(violatedRule(() => r.cancel(session(), NOW))).toBe('REGISTRATION.ALREADY_CANCELLED');
  });

  it('promote_AWaitlistedPlace_ConfirmsIt', () => {
    const r = enrol('WAITLISTED');
    r.pullRecordedEvents();
    r.promote(session(), NOW);
    expect(r.status).toBe('CONFIRMED');
    expect(factsOf(r)).toEqual(['RegistrationPromoted']);
  });

  it('recordAttendance_OfAWaitlistedParticipant_IsRefused', () => {
    expect(violatedRule(() => enrol('WAITLISTED').recordAttendance('BULK', session(), NOW))).toBe(
      'ATTENDANCE.NOT_CONFIRMED',
    );
  });

  it('recordAttendance_InBulkTwice_ChangesNothingTheSecondTime', () => {
    const r = enrol('CONFIRMED');
    expect(r.recordAttendance('BULK', session(), NOW)).toBe(true);
    expect(r.recordAttendance('BULK', session(), NOW)).toBe(false);
  });

  it('recordAttendance_ByCheckInCodeTwice_IsRefusedTheSecondTime', () => {
    const r = enrol('CONFIRMED');
    r.recordAttendance('CHECK_IN', session(), NOW);
    expect(violatedRule(() => r.recordAttendance('CHECK_IN', session(), NOW))).toBe('CHECK_IN.ALREADY_USED');
  });
});

describe('check-in codes', () => {
  it('checkInCodeFor_IsStablePerRegistrationAndDiffersBetweenThem', () => {
    const code = checkInCodeFor('secret', 'r1');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(checkInCodeFor('secret', 'r1')).toBe(code);
    expect(checkInCodeFor('secret', 'r2')).not.toBe(code);
    expect(checkInCodeFor('other', 'r1')).not.toBe(code);
  });

  it('hashCheckInCode_IgnoresCaseSpacesAndDashes', () => {
    const code = checkInCodeFor('secret', 'r1');
    expect(hashCheckInCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(hashCheckInCode(code));
    expect(looksLikeCheckInCode(code)).toBe(true);
    expect(looksLikeCheckInCode('hello')).toBe(false);
  });
});

describe('attendance window', () => {
  const startsAt = new Date('2026-12-10T05:00:00Z');
  it('opensTwoHoursBeforeTheStartOfAScheduledSession', () => {
    expect(attendanceIsOpen({ status: 'SCHEDULED', startsAt }, new Date('2026-12-10T02:59:00Z'))).toBe(false);
    expect(attendanceIsOpen({ status: 'SCHEDULED', startsAt }, new Date('2026-12-10T03:00:00Z'))).toBe(true);
  });

  it('staysOpenForBulkAfterCompletionButNotForCheckIn', () => {
    expect(attendanceIsOpen({ status: 'COMPLETED', startsAt }, NOW)).toBe(true);
    expect(checkInIsOpen({ status: 'COMPLETED', startsAt }, NOW)).toBe(false);
    expect(attendanceIsOpen({ status: 'CANCELLED', startsAt }, NOW)).toBe(false);
  });
});
