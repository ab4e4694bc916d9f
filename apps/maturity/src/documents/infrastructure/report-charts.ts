import { OKABE_ITO, renderChartSvg, type Chart, type ChartSpec } from '@csg/documents';
import type { ImpactReportView } from '../../reports/queries/impact-report/impact-report.view';
import type { MaturityReportView } from '../../reports/queries/maturity-report/maturity-report.view';

const fixed = (value: number | null) => (value === null ? '—' : value.toFixed(2));
const valueLabel = {
  show: true,
  position: 'right' as const,
  fontSize: 9,
  formatter: (p: { value: unknown }) => (p.value === null ? '' : Number(p.value).toFixed(2)),
};

function chart(spec: ChartSpec): Chart {
  return {
    svg: renderChartSvg(spec),
    width: spec.width,
    height: spec.height,
    title: spec.title,
    description: spec.description,
  };
}

/**
 * The maturity report's groups as bars of current and target tier: exactly the JSON's groups, so
 * a group hidden from agency members (fewer than three agencies, ADR 52) has no bar, only its
 * name marked "hidden".
 */
export function maturityReportChart(report: MaturityReportView, campaignName: string): Chart {
  const groups = [...report.groups].reverse();
  const label = (g: MaturityReportView['groups'][number]) =>
    g.suppressed ? `${g.key} (hidden)` : `${g.key} (${g.agencies})`;
  return chart({
    width: 640,
    height: 100 + Math.max(groups.length, 1) * 34,
    title: `Maturity by ${report.groupBy}: ${campaignName}`,
    description:
      report.groups
        .map((g) =>
          g.suppressed
            ? `${g.key}: hidden, fewer than ${report.minimumGroupSize} agencies could be told apart`
            : `${g.key}, ${g.agencies} agencies: current ${fixed(g.current)}, target ${fixed(g.target)}, gap ${fixed(g.gap)}`,
        )
        .join('; ') || 'No submitted assessments yet.',
    option: {
      legend: { top: 0, data: ['Current', 'Target'] },
      grid: { left: 210, right: 50, top: 30, bottom: 36 },
      xAxis: {
        type: 'value',
        min: 0,
        max: 4,
        interval: 1,
        name: 'mean tier',
        nameLocation: 'middle',
        nameGap: 22,
      },
      yAxis: { type: 'category', data: groups.map(label), axisLabel: { color: '#000000' } },
      series: [
        {
          name: 'Current',
          type: 'bar',
          data: groups.map((g) => g.current),
          itemStyle: { color: OKABE_ITO.blue },
          label: valueLabel,
        },
        {
          name: 'Target',
          type: 'bar',
          data: groups.map((g) => g.target),
          itemStyle: { color: OKABE_ITO.orange },
          label: valueLabel,
        },
      ],
    },
  });
}

/** The impact report: mean change in tier, attended against not, with each side's count in its label. */
export function impactReportChart(report: ImpactReportView, sessionTitle: string): Chart {
  const rows = [report.overall, ...report.subcategories].reverse();
  const name = (r: ImpactReportView['overall']) => r.subcategoryId ?? 'All covered (per agency)';
  const side = (key: 'attended' | 'notAttended') =>
    rows.map((r) => ({
      value: r[key].meanChange,
      label: { formatter: `${fixed(r[key].meanChange)} (n=${r[key].agencies})` },
    }));
  return chart({
    width: 640,
    height: 100 + rows.length * 40,
    title: `Change in tier, attendees against non-attendees: ${sessionTitle}`,
    description: [report.overall, ...report.subcategories]
      .map(
        (r) =>
          `${name(r)}: attended ${fixed(r.attended.meanChange)} (${r.attended.agencies} agencies), not attended ${fixed(r.notAttended.meanChange)} (${r.notAttended.agencies} agencies), ${r.verdict === 'COMPARABLE' ? `difference ${fixed(r.difference)}` : 'too few agencies to compare'}`,
      )
      .join('; '),
    option: {
      legend: { top: 0, data: ['Attended', 'Did not attend'] },
      grid: { left: 170, right: 110, top: 30, bottom: 36 },
      xAxis: { type: 'value', name: 'mean change in current tier', nameLocation: 'middle', nameGap: 22 },
      yAxis: {
        type: 'category',
        data: rows.map((r) => (r.verdict === 'COMPARABLE' ? name(r) : `${name(r)} (too few)`)),
        axisLabel: { color: '#000000' },
      },
      series: [
        {
          name: 'Attended',
          type: 'bar',
          data: side('attended'),
          itemStyle: { color: OKABE_ITO.bluishGreen },
          label: { show: true, position: 'right', fontSize: 9 },
        },
        {
          name: 'Did not attend',
          type: 'bar',
          data: side('notAttended'),
          itemStyle: { color: OKABE_ITO.reddishPurple },
          label: { show: true, position: 'right', fontSize: 9 },
        },
      ],
    },
  });
}
