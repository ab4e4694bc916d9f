import * as echarts from 'echarts';
import { DOCUMENT_FONT_FAMILY } from '../fonts';
import { CHART_PALETTE } from './palette';

export type ChartOption = echarts.EChartsOption;

export interface ChartSpec {
  /** The chart's ECharts option: series, axes, labels. Palette, font and animation are set here. */
  readonly option: ChartOption;
  readonly width: number;
  readonly height: number;
  /** Read first by a screen reader: what the chart is (`<title>`). */
  readonly title: string;
  /** What it shows, in words, for a reader who cannot see it (`<desc>`). */
  readonly description: string;
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/**
 * An accessible SVG of `spec`, rendered by ECharts' server-side SVG renderer: no DOM, no browser.
 * The root carries `role="img"`, a `<title>` and a `<desc>` it is labelled by; the text labels
 * are `<text>` elements in the shipped font; colours come from the Okabe–Ito palette; the size is
 * fixed by the caller.
 */
export function renderChartSvg(spec: ChartSpec): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width,
    height: spec.height,
  });
  try {
    chart.setOption({
      animation: false,
      color: [...CHART_PALETTE],
      backgroundColor: '#FFFFFF',
      textStyle: { fontFamily: DOCUMENT_FONT_FAMILY, fontSize: 11, color: '#000000' },
      ...spec.option,
    });
    const svg = chart.renderToSVGString();
    const opening = /^<svg\b([^>]*)>/.exec(svg);
    if (!opening) throw new Error('ECharts returned no <svg> root');
    const labelled =
      `<svg${opening[1]} role="img" aria-labelledby="chart-title chart-desc">` +
      `<title id="chart-title">${escapeXml(spec.title)}</title>` +
      `<desc id="chart-desc">${escapeXml(spec.description)}</desc>`;
    return labelled + svg.slice(opening[0].length);
  } finally {
    chart.dispose();
  }
}
