import JSZip from 'jszip';

/**
 * The text of each page of a PDF as a reader sees it, top to bottom and left to right, one line
 * per line of the page (so a page's header is its first line and its footer its last). unpdf
 * (pdf.js) is loaded on first use: it is a test tool, not part of rendering.
 */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const { getDocumentProxy } = await import('unpdf');
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const pages: string[] = [];
  for (let n = 1; n <= proxy.numPages; n += 1) {
    const { items } = await (await proxy.getPage(n)).getTextContent();
    const lines = new Map<number, Array<{ x: number; text: string }>>();
    for (const item of items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5]);
      lines.set(y, [...(lines.get(y) ?? []), { x: item.transform[4], text: item.str }]);
    }
    pages.push(
      [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, parts]) =>
          parts
            .sort((a, b) => a.x - b.x)
            .map((p) => p.text)
            .join(' '),
        )
        .join('\n'),
    );
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
