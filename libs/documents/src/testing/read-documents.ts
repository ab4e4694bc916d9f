import JSZip from 'jszip';

/**
 * The text of each page of a PDF, for tests that read a rendered document back. unpdf (pdf.js)
 * is loaded on first use: it is a test tool, not part of rendering.
 */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(proxy, { mergePages: false });
  return text;
}

/** The XML parts of a .docx by name (word/document.xml, word/header1.xml, …). */
export async function docxParts(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    if (name.endsWith('.xml')) parts.set(name, await zip.file(name)!.async('string'));
  return parts;
}

/** The text runs of a .docx part, joined: what a reader of that part sees, without the markup. */
export function docxText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}
