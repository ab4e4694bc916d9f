export { highestMarking } from './tlp/highest-marking';
export { OKABE_ITO } from './charts/palette';
export { renderChartSvg, type ChartSpec } from './charts/render-chart-svg';
export { renderPdf } from './pdf/render-pdf';
export { renderDocx } from './docx/render-docx';
export type { Cell, Chart, DocumentBlock } from './blocks/document-blocks';
export { blocksToPdf } from './blocks/blocks-pdf';
export { blocksToDocx } from './blocks/blocks-docx';
export { firstPagePng } from './preview/first-page-png';
