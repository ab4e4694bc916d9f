import pdfmakeModule from 'pdfmake';
import { DOCUMENT_FONT_FAMILY, fontBytes } from '../fonts';

type Pdfmake = typeof pdfmakeModule;

let configured: Pdfmake | undefined;

/**
 * pdfmake, set up once for the process (it is one shared instance): the fonts are given as bytes,
 * and both resource policies refuse everything, so no document definition (an image, an
 * attachment or a font naming a URL or a path) can make the renderer fetch a URL or read a
 * local file. Charts and pictures are passed inline (SVG text, data: URLs), which pdfmake reads
 * without asking the policies.
 */
export function pdfmake(): Pdfmake {
  if (configured) return configured;
  const { regular, bold } = fontBytes();
  pdfmakeModule.setFonts({
    [DOCUMENT_FONT_FAMILY]: { normal: regular, bold, italics: regular, bolditalics: bold },
  });
  pdfmakeModule.setUrlAccessPolicy(() => false);
  pdfmakeModule.setLocalAccessPolicy(() => false);
  configured = pdfmakeModule;
  return configured;
}
