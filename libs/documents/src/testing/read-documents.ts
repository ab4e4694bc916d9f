import JSZip from 'jszip';

/** A PDF page as tests read it. */
export interface PdfPageText {
  /** The text in the order it was written: a table cell's lines stay together. */
  readonly text: string;
  /** The lines as a reader sees them, top to bottom: the header's is first, the footer's last. */
  readonly lines: readonly string[];
}

/** The text of each page of a PDF. unpdf (pdf.js) is loaded on first use: a test tool, not part of rendering. */
export async function pdfPages(pdf: Buffer): Promise<PdfPageText[]> {
  const { getDocumentProxy } = await import('unpdf');
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const pages: PdfPageText[] = [];
  for (let n = 1; n <= proxy.numPages; n += 1) {
    const { items } = await (await proxy.getPage(n)).getTextContent();
    const written = items.filter((item) => 'str' in item && item.str.trim() !== '') as Array<{
      str: string;
      transform: number[];
    }>;
    const lines = new Map<number, Array<{ x: number; text: string }>>();
    for (const item of written) {
      const y = Math.round(item.transform[5]);
      lines.set(y, [...(lines.get(y) ?? []), { x: item.transform[4], text: item.str }]);
    }
    pages.push({
      text: written
        .map((item) => item.str)
        .join(' ')
        .replace(/\s+/g, ' '),
      lines: [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, parts]) =>
          parts
            .sort((a, b) => a.x - b.x)
            .map((part) => part.text)
            .join(' ')
            .trim(),
        ),
    });
  }
  return pages;
}

/** The parts of a .docx by name: XML parts as text (word/document.xml, …), others (word/media/…) as ''. */
export async function docxParts(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    parts.set(name, name.endsWith('.xml') ? await zip.file(name)!.async('string') : '');
  return parts;
}

/** The text runs of a .docx part, joined: what a reader of that part sees, without the markup. */
export function docxText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}
