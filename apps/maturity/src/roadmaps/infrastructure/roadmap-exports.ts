import ExcelJS from 'exceljs';
import type { RoadmapItemRow } from './roadmap-item.reader';

const CSV_COLUMNS = [
  'id',
  'title',
  'status',
  'priority',
  'effort',
  'startsOn',
  'dueOn',
  'ownerSub',
  'subcategoryIds',
  'milestones',
  'description',
] as const;

/** A spreadsheet cell that starts like a formula is neutralised (CSV/formula injection). */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cells(item: RoadmapItemRow): Record<(typeof CSV_COLUMNS)[number], string> {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    priority: item.priority,
    effort: item.effort,
    startsOn: item.startsOn ?? '',
    dueOn: item.dueOn,
    ownerSub: item.ownerSub ?? '',
    subcategoryIds: item.subcategoryIds.join(' '),
    milestones: (item.milestones ?? []).map((m) => `${m.dueOn} ${m.title}`).join('; '),
    description: item.description ?? '',
  };
}

/** RFC 4180 CSV with a header row, CRLF line ends, every field quoted. */
export function roadmapCsv(items: readonly RoadmapItemRow[]): string {
  const quote = (v: string) => `"${safeCell(v).replace(/"/g, '""')}"`;
  const lines = [
    CSV_COLUMNS.join(','),
    ...items.map((i) => CSV_COLUMNS.map((c) => quote(cells(i)[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A plan of action and milestones (POA&M) workbook: one row per item, then one per milestone. */
export async function roadmapWorkbook(items: readonly RoadmapItemRow[], agencyName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'CyberSecureGov maturity service';
  const sheet = book.addWorksheet('POA&M');
  sheet.columns = [
    { header: 'Item', key: 'item', width: 8 },
    { header: 'Weakness / objective', key: 'title', width: 48 },
    { header: 'CSF subcategories', key: 'subcategories', width: 24 },
    { header: 'Priority', key: 'priority', width: 9 },
    { header: 'Effort', key: 'effort', width: 8 },
    { header: 'Owner', key: 'owner', width: 20 },
    { header: 'Start', key: 'start', width: 12 },
    { header: 'Scheduled completion', key: 'due', width: 20 },
    { header: 'Milestone', key: 'milestone', width: 36 },
    { header: 'Milestone date', key: 'milestoneDue', width: 16 },
    { header: 'Status', key: 'status', width: 13 },
  ];
  sheet.getRow(1).font = { bold: true };
  items.forEach((item, n) => {
    sheet.addRow({
      item: n + 1,
      title: safeCell(item.title),
      subcategories: item.subcategoryIds.join(', '),
      priority: item.priority,
      effort: item.effort,
      owner: safeCell(item.ownerSub ?? ''),
      start: item.startsOn ?? '',
      due: item.dueOn,
      status: item.status,
    });
    for (const milestone of item.milestones ?? []) {
      sheet.addRow({ item: n + 1, milestone: safeCell(milestone.title), milestoneDue: milestone.dueOn });
    }
  });
  book.title = `Plan of action and milestones: ${agencyName}`;
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** iCalendar text: `\`, `;`, `,` and line breaks escaped; lines folded at 75 octets. */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function fold(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest, 'utf8') > 75) {
    let cut = 75;
    while (Buffer.byteLength(rest.slice(0, cut), 'utf8') > 75) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  parts.push(rest);
  return parts.join('\r\n');
}

const compact = (day: string) => day.replace(/-/g, '');
const nextDay = (day: string) =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);

/** An iCalendar feed of due dates: one all-day event per item not done, and one per milestone. */
export function roadmapCalendar(
  items: readonly RoadmapItemRow[],
  agencyName: string,
  now = new Date(),
): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const event = (uid: string, day: string, summary: string, description: string) => [
    'BEGIN:VEVENT',
    `UID:${uid}@maturity.cybersecuregov`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(day)}`,
    `DTEND;VALUE=DATE:${compact(nextDay(day))}`,
    `SUMMARY:${icsText(summary)}`,
    `DESCRIPTION:${icsText(description)}`,
    'END:VEVENT',
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CyberSecureGov//maturity roadmap//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsText(`Roadmap: ${agencyName}`)}`,
    ...items
      .filter((item) => item.status !== 'DONE')
      .flatMap((item) => [
        ...event(
          item.id,
          item.dueOn,
          `Due: ${item.title}`,
          `${item.priority} · ${item.status} · ${item.subcategoryIds.join(', ')}`,
        ),
        ...(item.milestones ?? []).flatMap((m, i) =>
          event(`${item.id}-m${i + 1}`, m.dueOn, `Milestone: ${m.title}`, item.title),
        ),
      ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
