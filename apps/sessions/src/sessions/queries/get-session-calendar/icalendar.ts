import type { SessionState } from '../../domain/session.aggregate';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped; line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line (RFC 5545 3.1): no line longer than 75 octets of UTF-8; each continuation
 * starts with one space. A multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `20261210T050000Z` */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function localTime(date: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

function localDay(date: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, dateStyle: 'full' }).format(date);
}

/** The description: the session's own text, then its agenda in the session's local time. */
export function describeSession(s: Readonly<SessionState>): string {
  const lines = [s.description];
  if (s.agenda.length > 0) {
    lines.push('', `Agenda (${s.timezone}, ${localDay(s.startsAt, s.timezone)}):`);
    for (const item of s.agenda) {
      const who = item.speakers
        .map((p) => [p.name, p.title, p.organisation].filter(Boolean).join(', '))
        .join('; ');
      const track = item.track ? ` [${item.track}]` : '';
      const refs = item.frameworkRefs.length > 0 ? ` (NIST CSF 2.0: ${item.frameworkRefs.join(', ')})` : '';
      lines.push(
        `${localTime(item.startsAt, s.timezone)}-${localTime(item.endsAt, s.timezone)} ${item.kind}${track}: ${item.title}${who ? ` - ${who}` : ''}${refs}`,
      );
    }
  }
  return lines.join('\n').trim();
}

const STATUS: Record<SessionState['status'], string> = {
  DRAFT: 'TENTATIVE',
  SCHEDULED: 'CONFIRMED',
  COMPLETED: 'CONFIRMED',
  CANCELLED: 'CANCELLED',
};

/**
 * One VEVENT in a VCALENDAR (RFC 5545). Times are UTC; SEQUENCE follows the session's version,
 * so a calendar that imported it earlier takes a reschedule as an update of the same event.
 */
export function sessionCalendar(s: Readonly<SessionState>, now: Date): string {
  const location = s.venue ?? s.joinUrl;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//National CERT//CyberSecureGov sessions//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${s.id}@sessions.cybersecuregov`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(s.startsAt)}`,
    `DTEND:${utcStamp(s.endsAt)}`,
    `SEQUENCE:${s.version - 1}`,
    `LAST-MODIFIED:${utcStamp(s.updatedAt)}`,
    `SUMMARY:${escapeText(s.title)}`,
    `DESCRIPTION:${escapeText(describeSession(s))}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(s.joinUrl ? [`URL:${s.joinUrl}`] : []),
    `STATUS:${STATUS[s.status]}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
