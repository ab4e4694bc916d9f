import { nextDigestAt } from './digest-schedule.rule';

describe('nextDigestAt', () => {
  it('before8InKarachi_IsTodayAt0300Utc', () => {
    expect(nextDigestAt(new Date('2026-12-01T01:00:00Z'), 8, 'Asia/Karachi').toISOString()).toBe(
      '2026-12-01T03:00:00.000Z',
    );
  });

  it('after8InKarachi_IsTomorrow', () => {
    expect(nextDigestAt(new Date('2026-12-01T03:00:00Z'), 8, 'Asia/Karachi').toISOString()).toBe(
      '2026-12-02T03:00:00.000Z',
    );
  });

  it('lateEveningUtc_IsAlreadyTheNextLocalDay', () => {
    // 22:00 UTC on 1 Dec is 03:00 on 2 Dec in Karachi: the digest is 08:00 that same local day.
    expect(nextDigestAt(new Date('2026-12-01T22:00:00Z'), 8, 'Asia/Karachi').toISOString()).toBe(
      '2026-12-02T03:00:00.000Z',
    );
  });

  it('crossesMonthEnds', () => {
    expect(nextDigestAt(new Date('2026-12-31T10:00:00Z'), 8, 'Asia/Karachi').toISOString()).toBe(
      '2027-01-01T03:00:00.000Z',
    );
  });

  it('followsDaylightSaving', () => {
    // New York: UTC-4 in summer, UTC-5 in winter.
    expect(nextDigestAt(new Date('2026-07-01T00:00:00Z'), 8, 'America/New_York').toISOString()).toBe(
      '2026-07-01T12:00:00.000Z',
    );
    expect(nextDigestAt(new Date('2026-12-01T00:00:00Z'), 8, 'America/New_York').toISOString()).toBe(
      '2026-12-01T13:00:00.000Z',
    );
  });

  it('refusesAnHourOutside0To23', () => {
    expect(() => nextDigestAt(new Date(), 24, 'UTC')).toThrow(RangeError);
  });
});
