import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The one family every document and chart uses, shipped in ../fonts with its licence. */
export const DOCUMENT_FONT_FAMILY = 'DejaVu Sans';

const FONTS_FOLDER = join(__dirname, '..', 'fonts');

export const FONT_FILES = {
  regular: join(FONTS_FOLDER, 'DejaVuSans.ttf'),
  bold: join(FONTS_FOLDER, 'DejaVuSans-Bold.ttf'),
} as const;

let loaded: { regular: Buffer; bold: Buffer } | undefined;

/** The font files' bytes, read once: the PDF renderer gets bytes, never a path it could follow. */
export function fontBytes(): { regular: Buffer; bold: Buffer } {
  loaded ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return loaded;
}
