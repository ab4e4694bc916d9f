import type { TlpMarking } from '@csg/auth/tlp';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
  type Table,
  type TableOfContents,
} from 'docx';
import { TLP_COLOURS, TLP_LABEL_FONT_SIZE, tlpLabelText } from '../tlp/tlp-label';

export interface DocxDocument {
  readonly title: string;
  readonly marking: TlpMarking;
  readonly children: (Paragraph | Table | TableOfContents)[];
  readonly createdAt: Date;
}

const hex = (colour: string) => colour.replace('#', '');

function tlpParagraph(marking: TlpMarking, before: (TextRun | string)[] = []): Paragraph {
  const colours = TLP_COLOURS[marking];
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [
      ...before.map((run) => (typeof run === 'string' ? new TextRun(run) : run)),
      new TextRun({
        text: tlpLabelText(marking),
        bold: true,
        size: TLP_LABEL_FONT_SIZE * 2,
        color: hex(colours.text),
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(colours.background) },
      }),
    ],
  });
}

/**
 * The editable copy of a document (.docx): the same marking in the header and footer of every
 * page as the PDF, and the same content for the reader's own word processor.
 */
export function renderDocx(document: DocxDocument): Promise<Buffer> {
  const doc = new Document({
    title: document.title,
    subject: document.marking,
    creator: 'CyberSecureGov',
    description: `${document.title} (${document.marking})`,
    sections: [
      {
        headers: { default: new Header({ children: [tlpParagraph(document.marking)] }) },
        footers: {
          default: new Footer({
            children: [
              tlpParagraph(document.marking, [
                new TextRun({
                  size: 16,
                  children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES, '   '],
                }),
              ]),
            ],
          }),
        },
        children: document.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
