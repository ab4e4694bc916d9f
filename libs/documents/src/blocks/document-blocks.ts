/**
 * A document as a list of blocks, rendered the same way to PDF (blocks-pdf.ts) and to .docx
 * (blocks-docx.ts), so the editable copy says exactly what the PDF says.
 */
export interface Chart {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly description: string;
}

/** A table cell: text, or text with emphasis (a warning is bold and marked by words, not colour alone). */
export type Cell = string | { readonly text: string; readonly bold?: boolean; readonly color?: string };

export type DocumentBlock =
  | { readonly kind: 'title'; readonly text: string; readonly subtitle?: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly small?: boolean }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [string, string])[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly Cell[])[];
      /** Relative column widths (PDF points, scaled to the page in .docx); '*' shares the rest. */
      readonly widths?: readonly (number | '*')[];
    }
  | { readonly kind: 'chart'; readonly chart: Chart; readonly width?: number }
  | { readonly kind: 'pageBreak' };
