import {
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IImageOptions,
  ImageRun,
} from 'docx';
import { svgToPng } from '../charts/svg-to-png';
import type { Cell, Chart, DocumentBlock } from './document-blocks';

const PAGE_TWIPS = 9_000;
const hex = (colour?: string) => colour?.replace('#', '');

function cellRun(c: Cell, bold = false): TextRun {
  return typeof c === 'string'
    ? new TextRun({ text: c, bold, size: 18 })
    : new TextRun({ text: c.text, bold: bold || c.bold, color: hex(c.color), size: 18 });
}

function table(
  header: readonly string[] | null,
  rows: readonly (readonly Cell[])[],
  widths?: readonly (number | '*')[],
): Table {
  const fixed = (widths ?? []).filter((w): w is number => w !== '*').reduce((a, b) => a + b, 0);
  const columns = widths ?? (header ?? rows[0] ?? []).map(() => '*' as const);
  const stars = columns.filter((w) => w === '*').length;
  const twips = (w: number | '*') =>
    Math.round(w === '*' ? (PAGE_TWIPS - fixed * 20) / Math.max(stars, 1) : w * 20);
  const columnWidths = columns.map(twips);
  const row = (cells: readonly Cell[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: columnWidths[i], type: WidthType.DXA },
            shading: isHeader ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } : undefined,
            children: [new Paragraph({ children: [cellRun(c, isHeader)] })],
          }),
      ),
    });
  return new Table({
    width: { size: PAGE_TWIPS, type: WidthType.DXA },
    columnWidths,
    rows: [...(header ? [row(header, true)] : []), ...rows.map((r) => row(r, false))],
  });
}

/** A chart as a picture (PNG at twice its size) with its title and description as alternative text. */
export function docxChart(chart: Chart, widthPx = chart.width): Paragraph {
  const image: IImageOptions = {
    type: 'png',
    data: svgToPng(chart.svg),
    transformation: { width: widthPx, height: Math.round((chart.height * widthPx) / chart.width) },
    altText: { name: chart.title, title: chart.title, description: chart.description },
  };
  return new Paragraph({ children: [new ImageRun(image)] });
}

function blockChildren(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] }),
        ...(block.subtitle
          ? [new Paragraph({ children: [new TextRun({ text: block.subtitle, size: 26 })] })]
          : []),
      ];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, size: block.small ? 16 : undefined })] }),
      ];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }),
      );
    case 'facts':
      return [
        table(
          null,
          block.rows.map(([label, value]) => [{ text: label, bold: true }, value]),
          [130, '*'],
        ),
      ];
    case 'table':
      return [table(block.header, block.rows, block.widths)];
    case 'chart':
      return [docxChart(block.chart, Math.round((block.width ?? block.chart.width * 0.75) * (4 / 3)))];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

/** docx paragraphs and tables for `blocks`: the same content as blocksToPdf gives the PDF. */
export function blocksToDocx(blocks: readonly DocumentBlock[]): (Paragraph | Table)[] {
  return blocks.flatMap(blockChildren);
}
