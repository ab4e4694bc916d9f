import { OKABE_ITO, renderChartSvg, type Chart, type ChartSpec } from '@csg/documents';
import type { AssessmentDiffView } from '../../assessments/queries/assessment-diff/assessment-diff.view';
import type { AssessmentProfileView } from '../../assessments/queries/assessment-profile/assessment-profile.view';

const fixed = (value: number | null) => (value === null ? 'not answered' : value.toFixed(2));

function chart(spec: ChartSpec): Chart {
  return {
    svg: renderChartSvg(spec),
    width: spec.width,
    height: spec.height,
    title: spec.title,
    description: spec.description,
  };
}

/** Current against target per CSF function: six axes, tiers 0 to 4; target dashed, so colour is not the only cue. */
export function profileRadar(profile: AssessmentProfileView, subject: string): Chart {
  const functions = profile.functions;
  return chart({
    width: 520,
    height: 420,
    title: `Current and target tier per function: ${subject}`,
    description: functions
      .map((f) => `${f.id} ${f.name}: current ${fixed(f.current)}, target ${fixed(f.target)}`)
      .join('; '),
    option: {
      legend: { bottom: 4, data: ['Current', 'Target'], textStyle: { fontSize: 14 } },
      radar: {
        indicator: functions.map((f) => ({ name: `${f.name} (${f.id})`, min: 0, max: 4 })),
        radius: '62%',
        center: ['50%', '48%'],
        splitNumber: 4,
        axisName: { color: '#000000', fontSize: 14 },
      },
      series: [
        {
          type: 'radar',
          data: [
            {
              name: 'Current',
              value: functions.map((f) => f.current ?? 0),
              symbol: 'circle',
              symbolSize: 7,
              lineStyle: { color: OKABE_ITO.blue, width: 2 },
              itemStyle: { color: OKABE_ITO.blue },
              label: {
                show: true,
                fontSize: 13,
                color: OKABE_ITO.blue,
                formatter: (p) => Number(p.value).toFixed(1),
              },
            },
            {
              name: 'Target',
              value: functions.map((f) => f.target ?? 0),
              symbol: 'rect',
              symbolSize: 7,
              lineStyle: { color: OKABE_ITO.orange, width: 2, type: 'dashed' },
              itemStyle: { color: OKABE_ITO.orange },
            },
          ],
        },
      ],
    },
  });
}

/** Current and target per category (22 in CSF 2.0), as pairs of horizontal bars with their values. */
export function categoryBars(profile: AssessmentProfileView): Chart {
  const categories = profile.functions.flatMap((f) => f.categories);
  const rows = [...categories].reverse();
  return chart({
    width: 520,
    height: 90 + rows.length * 24,
    title: 'Current and target tier per category',
    description: categories
      .map((c) => `${c.id} ${c.name}: current ${fixed(c.current)}, target ${fixed(c.target)}`)
      .join('; '),
    option: {
      legend: { top: 0, data: ['Current', 'Target'] },
      grid: { left: 60, right: 40, top: 30, bottom: 30 },
      xAxis: {
        type: 'value',
        min: 0,
        max: 4,
        interval: 1,
        name: 'tier',
        nameLocation: 'middle',
        nameGap: 20,
      },
      yAxis: { type: 'category', data: rows.map((c) => c.id), axisLabel: { color: '#000000' } },
      series: [
        {
          name: 'Current',
          type: 'bar',
          data: rows.map((c) => c.current ?? 0),
          itemStyle: { color: OKABE_ITO.blue },
          label: { show: true, position: 'right', fontSize: 9, formatter: (p) => Number(p.value).toFixed(1) },
        },
        {
          name: 'Target',
          type: 'bar',
          data: rows.map((c) => c.target ?? 0),
          itemStyle: { color: OKABE_ITO.orange },
          label: { show: true, position: 'right', fontSize: 9, formatter: (p) => Number(p.value).toFixed(1) },
        },
      ],
    },
  });
}

/** Subcategories improved and regressed against another assessment, per function. */
export function diffBars(diff: AssessmentDiffView, functionIds: readonly string[]): Chart {
  const per = (change: string) =>
    functionIds.map(
      (id) => diff.changes.filter((c) => c.change === change && c.subcategoryId.startsWith(`${id}.`)).length,
    );
  const improved = per('IMPROVED');
  const regressed = per('REGRESSED');
  return chart({
    width: 520,
    height: 300,
    title: 'Subcategories improved and regressed, per function',
    description: functionIds
      .map((id, i) => `${id}: ${improved[i]} improved, ${regressed[i]} regressed`)
      .join('; '),
    option: {
      legend: { top: 0, data: ['Improved', 'Regressed'] },
      grid: { left: 50, right: 20, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: [...functionIds], axisLabel: { color: '#000000' } },
      yAxis: { type: 'value', minInterval: 1, name: 'subcategories' },
      series: [
        {
          name: 'Improved',
          type: 'bar',
          data: improved,
          itemStyle: { color: OKABE_ITO.bluishGreen },
          label: { show: true, position: 'top' },
        },
        {
          name: 'Regressed',
          type: 'bar',
          data: regressed,
          itemStyle: { color: OKABE_ITO.vermillion },
          label: { show: true, position: 'top' },
        },
      ],
    },
  });
}
