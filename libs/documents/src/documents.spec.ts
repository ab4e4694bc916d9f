import { XMLParser } from 'fast-xml-parser';
import type { Content } from 'pdfmake/interfaces';
import { renderChartSvg } from './charts/render-chart-svg';
import { svgToPng } from './charts/svg-to-png';
import { docxChart } from './blocks/blocks-docx';
import { renderDocx } from './docx/render-docx';
import { renderPdf } from './pdf/render-pdf';
import { highestMarking } from './tlp/highest-marking';
import { docxParts, docxText, pdfPages } from './testing/read-documents';
import { Paragraph } from 'docx';
import { pdfmake } from './pdf/pdfmake';

const radar = () =>
  renderChartSvg({
    width: 400,
    height: 300,
    title: 'Current & target tiers',
    description: 'Current tier 2 of 4 in Govern <against> a target of 3',
    option: {
      radar: { indicator: ['GV', 'ID', 'PR', 'DE', 'RS', 'RC'].map((name) => ({ name, max: 4 })) },
      series: [{ type: 'radar', data: [{ name: 'Current', value: [2, 1, 3, 2, 1, 2] }] }],
    },
  });

describe('highestMarking', () => {
  it('highestMarking_WhenAnythingIsMoreRestrictive_ReturnsTheMostRestrictive', () => {
    expect(highestMarking(['TLP:GREEN', 'TLP:AMBER+STRICT', 'TLP:AMBER'])).toBe('TLP:AMBER+STRICT');
  });
  it('highestMarking_WhenNothingIsAboveTheFloor_ReturnsTheFloor', () => {
    expect(highestMarking([], 'TLP:GREEN')).toBe('TLP:GREEN');
    expect(highestMarking(['TLP:CLEAR'], 'TLP:AMBER')).toBe('TLP:AMBER');
  });
});

describe('renderChartSvg', () => {
  it('renderChartSvg_Always_GivesAnAccessibleSvgOfTheGivenSize', () => {
    const svg = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
    }).parse(radar()).svg;
    expect(svg).toMatchObject({ width: '400', height: '300', role: 'img' });
    expect(svg.title['#text']).toBe('Current & target tiers');
    expect(svg.desc['#text']).toBe('Current tier 2 of 4 in Govern <against> a target of 3');
    const labels = [svg.text].flat().map((t: { '#text': string }) => t['#text']);
    expect(labels).toEqual(expect.arrayContaining(['GV', 'ID', 'PR', 'DE', 'RS', 'RC']));
  });
});

describe('svgToPng', () => {
  it('svgToPng_Always_GivesAPngTwiceTheSvgSize', () => {
    const png = svgToPng(radar());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(800);
    expect(png.readUInt32BE(20)).toBe(600);
  });
});

describe('renderPdf', () => {
  const pages = (n: number): Content[] =>
    Array.from({ length: n }, (_, i) => ({
      text: `Section ${i + 1}`,
      pageBreak: i > 0 ? 'before' : undefined,
    }));

  it('renderPdf_Always_WritesTheMarkingInTheHeaderAndFooterOfEveryPage', async () => {
    const texts = await pdfPages(
      await renderPdf({ title: 'Profile', marking: 'TLP:AMBER', content: pages(3), createdAt: new Date(0) }),
    );
    expect(texts).toHaveLength(3);
    texts.forEach((page, i) => {
      expect(page.lines[0]).toBe('TLP:AMBER');
      expect(page.lines.at(-1)).toBe('TLP:AMBER');
      expect(page.text).toContain(`Profile · page ${i + 1} of 3`);
      expect(page.text.match(/TLP:AMBER/g)).toHaveLength(2);
      expect(page.text).toContain(`Section ${i + 1}`);
    });
  });

  it('renderPdf_WhenAnImageNamesALocalFile_RefusesToReadIt', async () => {
    await expect(
      renderPdf({
        title: 'x',
        marking: 'TLP:CLEAR',
        content: [{ image: '/etc/hostname' }],
        createdAt: new Date(0),
      }),
    ).rejects.toThrow(/Access to local file denied/);
  });

  it('renderPdf_WhenADefinitionNamesAUrl_RefusesToFetchIt', async () => {
    // pdfmake fetches the URLs of a definition's `images` dictionary before laying it out.
    const definition = { content: [{ image: 'logo' }], images: { logo: 'http://127.0.0.1:9/logo.png' } };
    await expect(pdfmake().createPdf(definition).getBuffer()).rejects.toThrow(/Access to URL denied/);
  });
});

describe('renderDocx', () => {
  it('renderDocx_Always_MarksHeaderAndFooterInTheTlpColoursAndCarriesChartsWithAltText', async () => {
    const svg = radar();
    const docx = await renderDocx({
      title: 'Profile',
      marking: 'TLP:RED',
      createdAt: new Date(0),
      children: [
        new Paragraph('Overall tier 2'),
        docxChart({ svg, width: 400, height: 300, title: 'Radar', description: 'six functions' }),
      ],
    });
    const parts = await docxParts(docx);
    const header = parts.get('word/header1.xml')!;
    const footer = parts.get('word/footer1.xml')!;
    for (const xml of [header, footer]) {
      expect(docxText(xml)).toContain('TLP:RED');
      expect(xml).toContain('w:color w:val="FF2B2B"');
      expect(xml).toContain('w:fill="000000"');
    }
    const body = parts.get('word/document.xml')!;
    expect(docxText(body)).toContain('Overall tier 2');
    expect(body).toContain('descr="six functions"');
  });
});
