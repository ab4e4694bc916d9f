// unpdf ships its types as .d.mts, which this repository's `node10` module resolution does not
// read; this is the part of pdf.js's document proxy the tests use, as unpdf 2 declares it.
declare module 'unpdf' {
  interface TextItem {
    str: string;
    /** [a, b, c, d, x, y]: the item's position, y from the bottom of the page. */
    transform: number[];
  }
  interface PdfPage {
    getTextContent(): Promise<{ items: Array<TextItem | { type: string }> }>;
  }
  interface PdfDocumentProxy {
    numPages: number;
    getPage(pageNumber: number): Promise<PdfPage>;
  }
  export function getDocumentProxy(data: Uint8Array): Promise<PdfDocumentProxy>;
}
