import { Resvg } from '@resvg/resvg-js';
import { DOCUMENT_FONT_FAMILY, FONT_FILES } from '../fonts';

/**
 * A PNG of `svg`, `scale` times its own size, for formats that take pictures rather than vectors
 * (the editable .docx copy, page previews). Only the shipped fonts are loaded, never the host's,
 * so the picture is the same on every machine; resvg fetches nothing an SVG names.
 */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      defaultFontFamily: DOCUMENT_FONT_FAMILY,
      sansSerifFamily: DOCUMENT_FONT_FAMILY,
    },
    background: '#FFFFFF',
  });
  return resvg.render().asPng();
}
