import { XMLParser } from 'fast-xml-parser';
import type { ImpactReportView } from '../../reports/queries/impact-report/impact-report.view';
import type { MaturityReportView } from '../../reports/queries/maturity-report/maturity-report.view';
import { impactReportChart, maturityReportChart } from './report-charts';

const parse = (svg: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false }).parse(svg).svg;
const texts = (root: { text?: unknown }) =>
  [root.text ?? []].flat().map((t) => String((t as { '#text': unknown })['#text']));

describe('report charts', () => {
  it('maturityReportChart_WhenAGroupIsHidden_DrawsNoValueForIt', () => {
    const report: MaturityReportView = {
      campaignId: 'c',
      groupBy: 'sector',
      named: false,
      minimumGroupSize: 3,
      groups: [
        { key: 'EDUCATION', suppressed: false, agencies: 5, current: 1.75, target: 3, gap: 1.25 },
        { key: 'HEALTH', suppressed: true, agencies: null, current: null, target: null, gap: null },
      ],
      agencies: [],
    };
    const root = parse(maturityReportChart(report, 'Campaign 2027').svg);
    expect(root.role).toBe('img');
    expect(root.title['#text']).toBe('Maturity by sector: Campaign 2027');
    expect(root.desc['#text']).toContain('HEALTH: hidden, fewer than 3 agencies could be told apart');
    const labels = texts(root);
    expect(labels).toEqual(expect.arrayContaining(['EDUCATION (5)', 'HEALTH (hidden)', '1.75', '3.00']));
    expect(labels.filter((l) => /^\d\.\d\d$/.test(l))).toEqual(['1.75', '3.00']);
  });

  it('impactReportChart_Always_LabelsEachSideWithItsCount', () => {
    const side = (agencies: number, meanChange: number | null) => ({ agencies, meanChange });
    const report: ImpactReportView = {
      sessionId: 's',
      campaignId: 'c',
      baselineCampaignId: 'b',
      attendingAgencies: 4,
      minimumGroupSize: 3,
      overall: {
        subcategoryId: null,
        attended: side(4, 0.5),
        notAttended: side(6, 0.25),
        verdict: 'COMPARABLE',
        difference: 0.25,
      },
      subcategories: [
        {
          subcategoryId: 'DE.CM-01',
          attended: side(2, 1),
          notAttended: side(6, 0),
          verdict: 'TOO_FEW_AGENCIES',
          difference: null,
        },
      ],
      caveats: [],
    };
    const root = parse(impactReportChart(report, 'Monitoring workshop').svg);
    expect(texts(root)).toEqual(expect.arrayContaining(['0.50 (n=4)', '0.25 (n=6)', 'DE.CM-01 (too few)']));
    expect(root.desc['#text']).toContain(
      'DE.CM-01: attended 1.00 (2 agencies), not attended 0.00 (6 agencies), too few agencies to compare',
    );
  });
});
