import type { Content, TableCell } from 'pdfmake/interfaces';
import { pdfChart } from '../pdf/pdf-chart';
import type { Cell, DocumentBlock } from './document-blocks';

const cell = (c: Cell): TableCell =>
  typeof c === 'string' ? { text: c } : { text: c.text, bold: c.bold, color: c.color };

function blockContent(block: DocumentBlock): Content {
  switch (block.kind) {
    case 'title':
      return [
        { text: block.text, style: 'title' },
        ...(block.subtitle ? [{ text: block.subtitle, style: 'subtitle' }] : []),
      ];
    case 'heading':
      return { text: block.text, style: 'h1', headlineLevel: 1 };
    case 'paragraph':
      return { text: block.text, style: block.small ? 'small' : undefined, margin: [0, 0, 0, 6] };
    case 'bullets':
      return { ul: [...block.items], margin: [0, 0, 0, 6] };
    case 'facts':
      return {
        layout: 'noBorders',
        table: {
          widths: [130, '*'],
          body: block.rows.map(([label, value]) => [{ text: label, bold: true }, value]),
        },
        margin: [0, 4, 0, 8],
      };
    case 'table':
      return {
        style: 'table',
        layout: 'lightHorizontalLines',
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.widths ? [...block.widths] : block.header.map(() => '*'),
          body: [
            block.header.map((h) => ({ text: h, style: 'tableHeader' })),
            ...block.rows.map((row) => row.map(cell)),
          ],
        },
      };
    case 'chart':
      return {
        stack: [pdfChart(block.chart.svg, block.width ?? block.chart.width * 0.75)],
        alignment: 'center',
        margin: [0, 4, 0, 8],
      };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

/** pdfmake content for `blocks`, in the styles renderPdf defines. */
export function blocksToPdf(blocks: readonly DocumentBlock[]): Content[] {
  return blocks.map(blockContent);
}
