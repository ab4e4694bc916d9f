/**
 * The next daily digest strictly after `now`: `hour`:00 local time in `timeZone` (an IANA name,
 * e.g. Asia/Karachi, UTC+5 without daylight saving).
 */
export function nextDigestAt(now: Date, hour: number, timeZone: string): Date {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError('digest hour is 0..23');
  const local = localParts(now, timeZone);
  for (let dayOffset = 0; dayOffset <= 2; dayOffset += 1) {
    const candidate = zonedTime(local.year, local.month, local.day + dayOffset, hour, timeZone);
    if (candidate > now) return candidate;
  }
  throw new Error('unreachable: a digest hour within two days');
}

/** Wall-clock `year-month-day hour:00` in `timeZone` as an instant (days may overflow the month). */
function zonedTime(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  // The zone's offset at the guess, then once more at the corrected instant (DST edges).
  const first = guess - offsetMs(new Date(guess), timeZone);
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

function offsetMs(at: Date, timeZone: string): number {
  const p = localParts(at, timeZone);
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at.getTime() / 1000) * 1000
  );
}

function localParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}
