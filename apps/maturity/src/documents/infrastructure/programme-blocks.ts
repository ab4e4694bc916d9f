import { OKABE_ITO, renderChartSvg, type Chart, type DocumentBlock } from '@csg/documents';
import type {
  MovementRow,
  ProgrammeFacts,
  ReportGroupingName,
} from '../queries/programme-report/programme-facts';

const tier = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const signed = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${v.toFixed(2)}`);
const count = (v: number | null) => (v === null ? '—' : String(v));

function movementChart(rows: MovementRow[], f: ProgrammeFacts): Chart {
  const title = `Mean current tier per function: ${f.baseline!.name} and ${f.campaign.name}`;
  const spec = {
    width: 620,
    height: 300,
    title,
    description: rows
      .map((r) => `${r.key}: ${tier(r.baseline)} then ${tier(r.current)} (${signed(r.change)})`)
      .join('; '),
    option: {
      legend: { top: 0, data: ['Baseline', 'Campaign'] },
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category' as const, data: rows.map((r) => r.key), axisLabel: { color: '#000000' } },
      yAxis: { type: 'value' as const, min: 0, max: 4, interval: 1, name: 'mean tier' },
      series: [
        {
          name: 'Baseline',
          type: 'bar' as const,
          data: rows.map((r) => r.baseline),
          itemStyle: { color: OKABE_ITO.skyBlue },
          label: {
            show: true,
            position: 'top' as const,
            fontSize: 9,
            formatter: (p: { value: unknown }) => tier(p.value as number | null),
          },
        },
        {
          name: 'Campaign',
          type: 'bar' as const,
          data: rows.map((r) => r.current),
          itemStyle: { color: OKABE_ITO.blue },
          label: {
            show: true,
            position: 'top' as const,
            fontSize: 9,
            formatter: (p: { value: unknown }) => tier(p.value as number | null),
          },
        },
      ],
    },
  };
  return {
    svg: renderChartSvg(spec),
    width: spec.width,
    height: spec.height,
    title,
    description: spec.description,
  };
}

function cover(f: ProgrammeFacts): DocumentBlock[] {
  return [
    { kind: 'title', text: 'Programme report', subtitle: `${f.period.from} to ${f.period.to}` },
    {
      kind: 'facts',
      rows: [
        ['Period', `${f.period.from} to ${f.period.to} (inclusive)`],
        ['Campaign', f.campaign.name],
        ['Baseline campaign', f.baseline?.name ?? 'none given: no movement or impact'],
        ['Document date', f.generatedAt.toISOString().slice(0, 10)],
        ['Marking', `${f.marking}: the most restrictive marking of anything in this document`],
      ],
    },
  ];
}

function sessions(f: ProgrammeFacts): DocumentBlock[] {
  const byDimension = (d: 'tier' | 'sector') => f.participation.filter((p) => p.dimension === d);
  const participation = (d: 'tier' | 'sector'): DocumentBlock => ({
    kind: 'table',
    header: [d === 'tier' ? 'Tier' : 'Sector', 'Active agencies', 'Attended a session', 'Share'],
    widths: ['*', 80, 90, 60],
    rows: byDimension(d).map((p) => [
      p.key,
      String(p.agencies),
      String(p.attending),
      p.agencies ? `${Math.round((100 * p.attending) / p.agencies)}%` : '—',
    ]),
  });
  return [
    { kind: 'heading', text: 'Sessions delivered and participation' },
    {
      kind: 'paragraph',
      text:
        f.sessions.length === 1
          ? '1 session was completed in the period.'
          : `${f.sessions.length} sessions were completed in the period.`,
    },
    ...(f.sessions.length
      ? [
          {
            kind: 'table' as const,
            header: ['Date', 'Session', 'Attending agencies'],
            widths: [70, '*', 90] as (number | '*')[],
            rows: f.sessions.map((s) => [
              new Date(s.startsAt).toISOString().slice(0, 10),
              s.title,
              String(s.attendingAgencies),
            ]),
          },
        ]
      : []),
    {
      kind: 'paragraph',
      text: 'Participation counts agencies, not people: attendance reaches this service per agency.',
      small: true,
    },
    participation('tier'),
    participation('sector'),
  ];
}

function movement(f: ProgrammeFacts): DocumentBlock[] {
  if (!f.movement) return [];
  const table = (g: ReportGroupingName): DocumentBlock => ({
    kind: 'table',
    header: [
      g === 'function' ? 'Function' : g === 'tier' ? 'Tier' : 'Sector',
      'Baseline',
      'Campaign',
      'Change',
      'Agencies (then, now)',
    ],
    widths: ['*', 80, 80, 50, 80],
    rows: f.movement![g].map((r) => [
      r.key,
      tier(r.baseline),
      tier(r.current),
      signed(r.change),
      `${count(r.baselineAgencies)}, ${count(r.agencies)}`,
    ]),
  });
  return [
    { kind: 'heading', text: 'Maturity movement between the campaigns' },
    {
      kind: 'paragraph',
      text: `Mean current tier of the agencies that submitted, in ${f.baseline!.name} (baseline) and ${f.campaign.name} (campaign).`,
    },
    { kind: 'chart', chart: movementChart(f.movement.function, f), width: 420 },
    table('function'),
    table('tier'),
    table('sector'),
  ];
}

function impact(f: ProgrammeFacts): DocumentBlock[] {
  if (!f.impact) return [];
  return [
    { kind: 'heading', text: 'Impact of the sessions' },
    {
      kind: 'paragraph',
      text: 'For each session, the mean change in current tier over the subcategories it covered, for agencies that attended and for those that did not.',
    },
    f.impact.sessions.length === 0
      ? { kind: 'paragraph', text: 'No session was completed in the period.' }
      : {
          kind: 'table',
          header: ['Session', 'Attended (n)', 'Did not (n)', 'Difference'],
          widths: ['*', 80, 80, 90],
          rows: f.impact.sessions.map((s) => [
            s.title,
            `${signed(s.overall.attended.meanChange)} (${s.overall.attended.agencies})`,
            `${signed(s.overall.notAttended.meanChange)} (${s.overall.notAttended.agencies})`,
            s.overall.verdict === 'COMPARABLE' ? signed(s.overall.difference) : 'too few to compare',
          ]),
        },
    { kind: 'bullets', items: f.impact.caveats },
  ];
}

function exchange(f: ProgrammeFacts): DocumentBlock[] {
  const { activity, top } = f.exchange;
  return [
    { kind: 'heading', text: 'The exchange' },
    {
      kind: 'paragraph',
      text: `${activity.published} published practices you may read; ${activity.adoptions} adoptions of them by ${activity.adoptingAgencies} agencies (totals to date: the exchange's dates do not reach this service).`,
    },
    ...(top.length
      ? [
          {
            kind: 'table' as const,
            header: ['Most adopted practice', 'Marking', 'Adoptions'],
            widths: ['*', 90, 60] as (number | '*')[],
            rows: top.map((p) => [p.title ?? p.practiceId, p.tlp, String(p.adoptions)]),
          },
        ]
      : []),
  ];
}

function behind(f: ProgrammeFacts): DocumentBlock[] {
  return [
    { kind: 'heading', text: 'Agencies furthest behind their targets' },
    f.behind.length === 0
      ? { kind: 'paragraph', text: 'No submitted assessment in the campaign yet.' }
      : {
          kind: 'table',
          header: ['Agency', 'Acronym', 'Tier', 'Sector', 'Current', 'Target', 'Gap'],
          widths: ['*', 50, 85, 115, 38, 38, 38],
          rows: f.behind.map((a) => [
            a.name,
            a.acronym,
            a.tier,
            a.sector,
            tier(a.current),
            tier(a.target),
            tier(a.gap),
          ]),
        },
  ];
}

/** The programme report as blocks (its PDF). */
export function programmeBlocks(f: ProgrammeFacts): DocumentBlock[] {
  return [...cover(f), ...sessions(f), ...movement(f), ...impact(f), ...exchange(f), ...behind(f)];
}
