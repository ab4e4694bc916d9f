import { Session } from '../../domain/session.aggregate';
import { escapeText, foldLine, sessionCalendar } from './icalendar';

const NOW = new Date('2026-12-01T08:00:00Z');

function session() {
  const s = Session.plan(
    '7f3c2d1e-0000-4000-8000-000000000008',
    {
      sequence: 8,
      title: 'CyberSecureGov, session 8; risk & roadmaps',
      description: 'Keynotes, workshops\nand dialogue',
      startsAt: new Date('2026-12-10T05:00:00Z'),
      endsAt: new Date('2026-12-10T10:00:00Z'),
      timezone: 'Asia/Karachi',
      mode: 'HYBRID',
      venue: 'NCERT auditorium, Islamabad',
      joinUrl: 'https://meet.example.gov/8',
      capacity: 50,
    },
    NOW,
  );
  s.addAgendaItem(
    'k',
    {
      kind: 'KEYNOTE',
      title: 'Identifying cyber risk and aligning with national frameworks',
      startsAt: new Date('2026-12-10T05:00:00Z'),
      endsAt: new Date('2026-12-10T06:00:00Z'),
      speakers: [{ name: 'Director of Governance, Risk & Compliance', organisation: 'National CERT' }],
      frameworkRefs: ['ID.RA', 'GV.RM'],
    },
    NOW,
  );
  return s.snapshot();
}

describe('iCalendar export', () => {
  it('escapeText_EscapesBackslashSemicolonCommaAndLineBreaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('foldLine_KeepsEveryLineWithin75OctetsWithoutSplittingACharacter', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('sessionCalendar_IsOneUtcEventWithTheAgendaInLocalTimeInItsDescription', () => {
    const ics = sessionCalendar(session(), NOW);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART:20261210T050000Z');
    expect(unfolded).toContain('DTEND:20261210T100000Z');
    expect(unfolded).toContain('SUMMARY:CyberSecureGov\\, session 8\\; risk & roadmaps');
    expect(unfolded).toContain('10:00-11:00 KEYNOTE: Identifying cyber risk');
    expect(unfolded).toContain('(NIST CSF 2.0: ID.RA\\, GV.RM)');
    expect(unfolded).toContain('LOCATION:NCERT auditorium\\, Islamabad');
    expect(unfolded).toContain('STATUS:TENTATIVE');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
