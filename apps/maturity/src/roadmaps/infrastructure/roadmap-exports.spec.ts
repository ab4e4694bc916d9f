import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { roadmapCalendar, roadmapCsv, roadmapWorkbook } from './roadmap-exports';
import type { RoadmapItemRow } from './roadmap-item.reader';

const item = (overrides: Partial<RoadmapItemRow> = {}): RoadmapItemRow => ({
  id: '11111111-1111-4111-8111-111111111111',
  agencyId: '22222222-2222-4222-8222-222222222222',
  title: 'MFA for admins',
  description: 'line one\nline two',
  subcategoryIds: ['PR.AA-01', 'PR.AA-03'],
  ownerSub: 'bob',
  priority: 'P1',
  effort: 'M',
  startsOn: '2026-01-10',
  dueOn: '2026-03-31',
  milestones: [{ title: 'Pilot; phase, one', dueOn: '2026-02-15' }],
  practiceIds: [],
  sessionId: null,
  status: 'PLANNED',
  createdBy: 'alice',
  version: 1,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
  ...overrides,
});

describe('roadmap exports', () => {
  it('roadmapCsv_QuotesEveryFieldAndDoublesQuotes_WithCrlfLines', () => {
    const csv = roadmapCsv([item({ title: 'Say "hello", world' })]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'id,title,status,priority,effort,startsOn,dueOn,ownerSub,subcategoryIds,milestones,description',
    );
    expect(row).toContain('"Say ""hello"", world"');
    expect(row).toContain('"PR.AA-01 PR.AA-03"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each(['=1+1', '+SUM(A1)', '-2', '@cmd'])(
    'roadmapCsv_CellStartingLikeAFormula_%s_IsNeutralised',
    (title) => {
      expect(roadmapCsv([item({ title })])).toContain(`"'${title}"`);
    },
  );

  it('roadmapCalendar_OneAllDayEventPerOpenItemAndMilestone_TextEscaped_LinesFolded', () => {
    const ics = roadmapCalendar(
      [item({ title: 'x'.repeat(120) }), item({ id: 'done', status: 'DONE' })],
      'Agency; One',
      new Date('2026-01-01T00:00:00Z'),
    );
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260331');
    expect(ics).toContain('DTEND;VALUE=DATE:20260401');
    expect(ics).toContain('SUMMARY:Milestone: Pilot\\; phase\\, one');
    expect(ics).toContain('X-WR-CALNAME:Roadmap: Agency\\; One');
    expect(ics).not.toContain('UID:done@');
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  const workbook = async (items: RoadmapItemRow[]) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await roadmapWorkbook(items, 'Agency')) as never);
    return book.getWorksheet('POA&M')!;
  };

  it('roadmapWorkbook_OneRowPerItemThenItsMilestones', async () => {
    const sheet = await workbook([item()]);
    expect(sheet.getRow(1).getCell(2).value).toBe('Weakness / objective');
    expect(sheet.getRow(2).getCell(2).value).toBe('MFA for admins');
    expect(sheet.getRow(3).getCell(9).value).toBe('Pilot; phase, one');
  });

  it('roadmapWorkbook_DatesAreDateCellsWithADateFormat', async () => {
    const sheet = await workbook([item({ startsOn: null })]);
    const due = sheet.getRow(2).getCell(8);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect(due.value).toEqual(new Date('2026-03-31T00:00:00Z'));
    expect(due.numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getRow(2).getCell(7).value).toBeNull();
    const milestoneDue = sheet.getRow(3).getCell(10);
    expect(milestoneDue.value).toEqual(new Date('2026-02-15T00:00:00Z'));
    expect(milestoneDue.numFmt).toBe('yyyy-mm-dd');
  });

  it.each(['=1+1', '+SUM(A1)', '-2', '@cmd'])(
    'roadmapWorkbook_TextStartingLikeAFormula_%s_IsKeptAsItIsInAQuotePrefixedTextCell',
    async (title) => {
      const xlsx = await roadmapWorkbook(
        [item({ title, milestones: [{ title, dueOn: '2026-02-15' }] })],
        'A',
      );
      const sheet = await workbook([item({ title })]);
      expect(sheet.getRow(2).getCell(2).value).toBe(title);
      expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
      const zip = await JSZip.loadAsync(xlsx);
      const styles = await zip.file('xl/styles.xml')!.async('string');
      const cellXfs = [...styles.match(/<cellXfs\b[\s\S]*?<\/cellXfs>/)![0].matchAll(/<xf\b[^>]*>/g)].map(
        (m) => m[0],
      );
      const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const styleOf = (ref: string) => {
        const cell = new RegExp(`<c r="${ref}"[^>]*>`).exec(sheetXml)![0];
        return Number(/\bs="(\d+)"/.exec(cell)?.[1] ?? 0);
      };
      for (const ref of ['B2', 'I3']) expect(cellXfs[styleOf(ref)]).toMatch(/quotePrefix="1"/);
      expect(cellXfs[styleOf('C2')]).not.toMatch(/quotePrefix/);
      expect(sheetXml).not.toContain(`'${title}`);
    },
  );
});
