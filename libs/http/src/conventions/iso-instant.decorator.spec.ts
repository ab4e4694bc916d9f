import { validateSync } from 'class-validator';
import { isIsoInstant, IsoInstant, toOptionalInstant } from './iso-instant.decorator';
import { timeKeyset } from './keysets';
import { encodeCursor } from './cursor-pagination';
import { ProblemException } from '../problem/problem-details';

describe('the one form of an instant (ADR 68)', () => {
  it.each([
    '2026-12-10T10:00:00Z',
    '2026-12-10T10:00Z',
    '2026-12-10T10:00:00.123Z',
    '2026-12-10T10:00:00.123456789Z',
    '2026-12-10T15:00:00+05:00',
    '2026-12-10T05:00:00-03:30',
    '2028-02-29T00:00:00Z',
  ])('accepts %s', (value) => {
    expect(isIsoInstant(value)).toBe(true);
  });

  it.each([
    ['a local time without an offset', '2026-12-10T10:00:00'],
    ['a day without a time', '2026-12-10'],
    ['an offset without a colon', '2026-12-10T10:00:00+0500'],
    ['an offset of hours only', '2026-12-10T10:00:00+05'],
    ['a lower-case zone', '2026-12-10T10:00:00z'],
    ['a space for the T', '2026-12-10 10:00:00Z'],
    ['a week date', '2026-W50-4T10:00:00Z'],
    ['the 30th of February', '2026-02-30T10:00:00Z'],
    ['the 29th of February of a common year', '2026-02-29T10:00:00Z'],
    ['hour 24', '2026-12-10T24:00:00Z'],
    ['minute 60', '2026-12-10T10:60:00Z'],
    ['second 60', '2026-12-10T10:00:60Z'],
    ['an offset of 24 hours', '2026-12-10T10:00:00+24:00'],
    ['the year 0', '0000-12-10T10:00:00Z'],
    ['ten fractional digits', '2026-12-10T10:00:00.1234567890Z'],
    ['a number', 1796896800000],
  ])('refuses %s', (_, value) => {
    expect(isIsoInstant(value)).toBe(false);
  });

  it('is what @IsoInstant() validates, with a message that shows the form', () => {
    class Window {
      @IsoInstant() startsAt: unknown;
    }
    const check = (startsAt: unknown) => validateSync(Object.assign(new Window(), { startsAt }));
    expect(check('2026-12-10T10:00:00+05:00')).toEqual([]);
    expect(check('2026-12-10T10:00:00')[0].constraints).toEqual({
      isoInstant: 'startsAt must be an ISO 8601 date-time with Z or an offset, e.g. 2026-12-10T10:00:00Z',
    });
  });

  it('reads an instant as the moment it names', () => {
    expect(toOptionalInstant('2026-12-10T15:00:00+05:00')?.toISOString()).toBe('2026-12-10T10:00:00.000Z');
    expect(toOptionalInstant(undefined)).toBeUndefined();
  });
});

describe('timeKeyset', () => {
  const id = '0b5c2a6e-1f53-4c8e-9a43-2f5d8c1e7b10';

  it('decodes a (timestamp, uuid) cursor and refuses any other with a 400 problem', () => {
    expect(timeKeyset(encodeCursor(['2026-12-07T10:00:00.123456Z', id]))).toEqual([
      '2026-12-07T10:00:00.123456Z',
      id,
    ]);
    expect(timeKeyset(undefined)).toBeUndefined();
    expect(() => timeKeyset(encodeCursor(['home department', id]))).toThrow(ProblemException);
  });
});
