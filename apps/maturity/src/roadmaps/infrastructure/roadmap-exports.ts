import ExcelJS from 'exceljs';
import JSZip from 'jszip';
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

/** Text a spreadsheet would take for a formula (CSV/formula injection). */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** A CSV cell that starts like a formula is neutralised with a leading apostrophe (CSV has no styles). */
function safeCell(value: string): string {
  return FORMULA_LIKE.test(value) ? `'${value}` : value;
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

/** Dates are date cells (serial numbers) shown as ISO days. */
const DATE_FORMAT = 'yyyy-mm-dd';
/** Excel's built-in Text format (`numFmtId` 49): the neutralised cells, quote-prefixed below. */
const TEXT_FORMAT = '@';

const day = (date: string | null | undefined): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);

/**
 * A plan of action and milestones (POA&M) workbook: one row per item, then one per milestone.
 * Dates are real dates; a text that starts like a formula is stored as it is, in a Text-format
 * cell with the quote-prefix style, so Excel shows it without an apostrophe and never evaluates
 * it, not even when the cell is edited.
 */
export async function roadmapWorkbook(items: readonly RoadmapItemRow[], agencyName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'CyberSecureGov maturity service';
  const sheet = book.addWorksheet('POA&M');
  const dateColumn = { style: { numFmt: DATE_FORMAT } };
  sheet.columns = [
    { header: 'Item', key: 'item', width: 8 },
    { header: 'Weakness / objective', key: 'title', width: 48 },
    { header: 'CSF subcategories', key: 'subcategories', width: 24 },
    { header: 'Priority', key: 'priority', width: 9 },
    { header: 'Effort', key: 'effort', width: 8 },
    { header: 'Owner', key: 'owner', width: 20 },
    { header: 'Start', key: 'start', width: 12, ...dateColumn },
    { header: 'Scheduled completion', key: 'due', width: 20, ...dateColumn },
    { header: 'Milestone', key: 'milestone', width: 36 },
    { header: 'Milestone date', key: 'milestoneDue', width: 16, ...dateColumn },
    { header: 'Status', key: 'status', width: 13 },
  ];
  sheet.getRow(1).font = { bold: true };
  const add = (values: Record<string, unknown>) => {
    sheet.addRow(values).eachCell((cell) => {
      if (typeof cell.value === 'string' && FORMULA_LIKE.test(cell.value)) cell.numFmt = TEXT_FORMAT;
    });
  };
  items.forEach((item, n) => {
    add({
      item: n + 1,
      title: item.title,
      subcategories: item.subcategoryIds.join(', '),
      priority: item.priority,
      effort: item.effort,
      owner: item.ownerSub ?? '',
      start: day(item.startsOn),
      due: day(item.dueOn),
      status: item.status,
    });
    for (const milestone of item.milestones ?? []) {
      add({ item: n + 1, milestone: milestone.title, milestoneDue: day(milestone.dueOn) });
    }
  });
  book.title = `Plan of action and milestones: ${agencyName}`;
  return quotePrefixTextCells(Buffer.from(await book.xlsx.writeBuffer()));
}

/**
 * exceljs 4.4 writes no `quotePrefix` (exceljs/exceljs#2809 is unmerged): every cell format of
 * the workbook in the Text format gets it in `xl/styles.xml`, the only change made to the file.
 */
async function quotePrefixTextCells(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const prefixed = styles.replace(/<cellXfs\b[\s\S]*?<\/cellXfs>/, (cellXfs) =>
    cellXfs.replace(/<xf\b(?=[^>]*\bnumFmtId="49")(?![^>]*\bquotePrefix=)/g, '<xf quotePrefix="1"'),
  );
  zip.file('xl/styles.xml', prefixed);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
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
