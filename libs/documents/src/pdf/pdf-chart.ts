import type { Content } from 'pdfmake/interfaces';
import { svgToPng } from '../charts/svg-to-png';

/**
 * A chart as a picture in a PDF: the SVG rendered to PNG by resvg, passed inline as a data: URL.
 * pdfmake's own SVG path (svg-to-pdfkit) ignores `paint-order`, which ECharts uses for the
 * outline of its value labels, and would print those labels white on white.
 */
export function pdfChart(svg: string, width: number): Content {
  return { image: `data:image/png;base64,${svgToPng(svg).toString('base64')}`, width };
}
