export { highestMarking } from './tlp/highest-marking';
export { OKABE_ITO } from './charts/palette';
export { renderChartSvg, type ChartSpec } from './charts/render-chart-svg';
export { renderPdf } from './pdf/render-pdf';
export { pdfChart } from './pdf/pdf-chart';
export { renderDocx, docxChart } from './docx/render-docx';
export { firstPagePng } from './preview/first-page-png';
