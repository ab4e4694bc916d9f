import type { TlpMarking } from '@csg/auth/tlp';
import type { Column, Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_FONT_FAMILY } from '../fonts';
import { TLP_COLOURS, TLP_LABEL_FONT_SIZE, tlpLabelText } from '../tlp/tlp-label';
import { pdfmake } from './pdfmake';

interface PdfDocument {
  /** The document's title, in its metadata and its readers' window bars. */
  readonly title: string;
  /** Shown on every page's header and footer: the highest marking of anything in the content. */
  readonly marking: TlpMarking;
  readonly content: Content[];
  /** Stamped in the metadata instead of the clock's time, so a document can be reproduced. */
  readonly createdAt: Date;
  /** Further styles beside DOCUMENT_STYLES. */
  readonly styles?: StyleDictionary;
}

/** The styles every document shares: headings, small print, table headers. */
const DOCUMENT_STYLES: StyleDictionary = {
  title: { fontSize: 22, bold: true, margin: [0, 0, 0, 8] },
  subtitle: { fontSize: 13, color: '#333333', margin: [0, 0, 0, 4] },
  h1: { fontSize: 16, bold: true, margin: [0, 14, 0, 6] },
  h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
  small: { fontSize: 8, color: '#444444' },
  tableHeader: { bold: true, fontSize: 9, fillColor: '#EEEEEE' },
  table: { fontSize: 9, margin: [0, 2, 0, 8] },
};

const PAGE_MARGIN_X = 40;

function tlpLine(marking: TlpMarking, extra: Column[] = []): Content {
  const colours = TLP_COLOURS[marking];
  return {
    margin: [PAGE_MARGIN_X, 16, PAGE_MARGIN_X, 0],
    columns: [
      ...extra,
      {
        width: '*',
        alignment: 'right',
        text: tlpLabelText(marking),
        bold: true,
        fontSize: TLP_LABEL_FONT_SIZE,
        color: colours.text,
        background: colours.background,
      },
    ],
  };
}

/**
 * A heading never ends a page: when only text (its introduction) follows it on its page and the
 * section goes on over the page, the heading moves to the next page with its section.
 */
const headingKeptWithItsSection: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, nodes) =>
  node.headlineLevel === 1 &&
  nodes.getFollowingNodesOnPage().every((following) => following.text !== undefined) &&
  nodes.getNodesOnNextPage().length > 0;

/**
 * A PDF of `document` as bytes. The marking is written in the header and the footer of every
 * page (FIRST TLP 2.0: right-aligned, in its colours on black), with the page number beside the
 * footer's. The renderer is the one set up in ./pdfmake.ts: it reads no file and fetches no URL.
 */
export function renderPdf(document: PdfDocument): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN_X, 56, PAGE_MARGIN_X, 56],
    info: {
      title: document.title,
      creator: 'CyberSecureGov',
      producer: 'CyberSecureGov',
      subject: document.marking,
      creationDate: document.createdAt,
    },
    language: 'en',
    defaultStyle: { font: DOCUMENT_FONT_FAMILY, fontSize: 10, lineHeight: 1.15 },
    styles: { ...DOCUMENT_STYLES, ...document.styles },
    header: () => tlpLine(document.marking),
    footer: (page, pages) =>
      tlpLine(document.marking, [
        {
          width: 'auto',
          text: `${document.title} · page ${page} of ${pages}`,
          style: 'small',
          margin: [0, 3, 0, 0],
        },
      ]),
    content: document.content,
    pageBreakBefore: headingKeptWithItsSection,
  };
  return pdfmake().createPdf(definition).getBuffer();
}
