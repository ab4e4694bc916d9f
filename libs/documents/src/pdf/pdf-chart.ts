import type { Content } from 'pdfmake/interfaces';

const OUTLINE_ATTRIBUTE = /\s(?:stroke|stroke-width|stroke-miterlimit|paint-order)="[^"]*"/g;

/**
 * A chart in a PDF, as vectors (pdfmake's SVG support, svg-to-pdfkit): sharp at any zoom, its
 * labels real text, and far cheaper than embedding a picture. svg-to-pdfkit ignores `paint-order`,
 * so the white halo ECharts draws behind value labels would cover them; the halo is dropped.
 */
export function pdfChart(svg: string, width: number): Content {
  const withoutHalos = svg.replace(/<text\b[^>]*>/g, (tag) => tag.replace(OUTLINE_ATTRIBUTE, ''));
  return { svg: withoutHalos, width };
}
