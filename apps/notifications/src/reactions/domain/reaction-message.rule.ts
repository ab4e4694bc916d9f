/** How long before a session its confirmed participants are reminded. */
export const REMINDER_BEFORE_MS = 24 * 3600 * 1000;

/** When to remind about a session starting at `startsAt`: 24 h before, or null when that moment has passed. */
export function reminderDueAt(startsAt: Date, now: Date): Date | null {
  const due = new Date(startsAt.getTime() - REMINDER_BEFORE_MS);
  if (startsAt <= now) return null;
  return due > now ? due : now;
}

/** A session's name as people know it: "Session 9: <title>". */
export function sessionName(sequence: number, title: string): string {
  return `Session ${sequence}: ${title}`;
}

/** A session time in its own time zone, e.g. "Wed, 2 Dec 2026, 10:00 (Asia/Karachi)". */
export function localTime(iso: string, timeZone: string): string {
  try {
    const text = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(iso));
    return `${text} (${timeZone})`;
  } catch {
    return `${iso} (UTC)`;
  }
}
