import { localTime, reminderDueAt, sessionName } from './reaction-message.rule';

const now = new Date('2026-12-01T08:00:00.000Z');

describe('reaction messages', () => {
  it('reminderDueAt_Is24HoursBeforeTheStart', () => {
    expect(reminderDueAt(new Date('2026-12-05T05:00:00Z'), now)?.toISOString()).toBe(
      '2026-12-04T05:00:00.000Z',
    );
  });

  it('reminderDueAt_IsNowWhenTheSessionStartsWithinADay_AndNullWhenItStarted', () => {
    expect(reminderDueAt(new Date('2026-12-01T20:00:00Z'), now)).toEqual(now);
    expect(reminderDueAt(new Date('2026-12-01T07:00:00Z'), now)).toBeNull();
  });

  it('namesAndTimes_ReadAsPeopleSayThem', () => {
    expect(sessionName(9, 'Roadmaps')).toBe('Session 9: Roadmaps');
    expect(localTime('2026-12-02T05:00:00Z', 'Asia/Karachi')).toBe('Wed, 2 Dec 2026, 10:00 (Asia/Karachi)');
    expect(localTime('2026-12-02T05:00:00Z', 'Not/AZone')).toBe('2026-12-02T05:00:00Z (UTC)');
  });
});
