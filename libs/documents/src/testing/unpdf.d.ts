// unpdf ships its types as .d.mts, which this repository's `node10` module resolution does not
// read; these are the two functions the tests use, as unpdf 2 declares them.
declare module 'unpdf' {
  export function getDocumentProxy(data: Uint8Array): Promise<object>;
  export function extractText(
    pdf: object,
    options: { mergePages: false },
  ): Promise<{ totalPages: number; text: string[] }>;
}
