import type { Cell, DocumentBlock } from '@csg/documents';
import type { ProfileFacts } from '../queries/profile-document/profile-facts';
import { categoryBars, diffBars, profileRadar } from './profile-charts';

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '—');
const tier = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const who = (sub: string | null, at: Date | null) => (sub ? `${sub}, ${day(at)}` : 'not yet');
const OVERDUE = '#B00020';

function cover(f: ProfileFacts): DocumentBlock[] {
  const a = f.assessment;
  return [
    {
      kind: 'title',
      text: `Cybersecurity maturity profile: ${a.agencyName}`,
      subtitle: a.campaignName ?? 'Outside any campaign',
    },
    {
      kind: 'facts',
      rows: [
        ['Agency', a.agencyName],
        ['Campaign', a.campaignName ?? '—'],
        ['Framework', a.frameworkName],
        ['Assessment', `${a.id} (${a.status}, started ${day(a.createdAt)})`],
        ['Submitted by', who(a.submittedBy, a.submittedAt)],
        ['Reviewed by', who(a.reviewedBy, a.reviewedAt)],
        ['Document date', day(f.generatedAt)],
        ['Marking', `${f.marking}: the most restrictive marking of anything in this document`],
      ],
    },
    { kind: 'heading', text: 'Where the agency stands' },
    {
      kind: 'facts',
      rows: [
        ['Overall current tier', tier(f.profile.overall.current)],
        ['Overall target tier', tier(f.profile.overall.target)],
        ['Mean gap', tier(f.profile.overall.gap)],
        ['Subcategories answered', String(f.profile.overall.answered)],
      ],
    },
    {
      kind: 'table',
      header: ['Function', 'Current', 'Target', 'Gap', 'Answered'],
      widths: ['*', 60, 60, 60, 60],
      rows: f.profile.functions.map((fn) => [
        `${fn.name} (${fn.id})`,
        tier(fn.current),
        tier(fn.target),
        tier(fn.gap),
        String(fn.answered),
      ]),
    },
    { kind: 'chart', chart: profileRadar(f.profile, a.agencyName), width: 270 },
  ];
}

function categories(f: ProfileFacts): DocumentBlock[] {
  const rows = f.profile.functions.flatMap((fn) => fn.categories);
  return [
    { kind: 'heading', text: 'By category' },
    { kind: 'chart', chart: categoryBars(f.profile), width: 390 },
    {
      kind: 'table',
      header: ['Category', 'Current', 'Target', 'Gap'],
      widths: ['*', 55, 55, 55],
      rows: rows.map((c) => [`${c.id} ${c.name}`, tier(c.current), tier(c.target), tier(c.gap)]),
    },
  ];
}

function gaps(f: ProfileFacts): DocumentBlock[] {
  return [
    { kind: 'heading', text: 'Top gaps' },
    {
      kind: 'paragraph',
      text: 'The largest distances between target and current tier, in the order they are worth closing (gap × the function’s weight).',
    },
    f.topGaps.length === 0
      ? { kind: 'paragraph', text: 'No gaps: every answered subcategory meets its target.' }
      : {
          kind: 'table',
          header: ['Subcategory', 'What it asks', 'Current', 'Target', 'Priority'],
          widths: [72, '*', 42, 42, 42],
          rows: f.topGaps.map((g) => [
            g.subcategoryId,
            g.asks ?? '—',
            String(g.current),
            String(g.target),
            g.priority.toFixed(2),
          ]),
        },
  ];
}

function roadmap(f: ProfileFacts): DocumentBlock[] {
  const head: DocumentBlock = { kind: 'heading', text: 'Next milestones on the roadmap' };
  if (f.milestones === null)
    return [
      head,
      {
        kind: 'paragraph',
        text: 'The roadmap is read by the agency’s members and the programme’s organisers only.',
      },
    ];
  if (f.milestones.length === 0) return [head, { kind: 'paragraph', text: 'Nothing open on the roadmap.' }];
  const overdue = f.milestones.filter((m) => m.overdue).length;
  return [
    head,
    ...(overdue > 0
      ? [{ kind: 'paragraph' as const, text: `${overdue} of these dates have passed (marked OVERDUE).` }]
      : []),
    {
      kind: 'table',
      header: ['Due', 'Milestone', 'Owner', 'Status'],
      widths: [62, '*', 80, 110],
      rows: f.milestones.map((m): Cell[] =>
        m.overdue
          ? [
              { text: m.dueOn, bold: true, color: OVERDUE },
              m.title,
              m.ownerSub ?? '—',
              { text: `${m.status}, OVERDUE`, bold: true, color: OVERDUE },
            ]
          : [m.dueOn, m.title, m.ownerSub ?? '—', m.status],
      ),
    },
  ];
}

function practices(f: ProfileFacts): DocumentBlock[] {
  const head: DocumentBlock = { kind: 'heading', text: 'Practices that address these gaps' };
  if (f.recommendations === null)
    return [
      head,
      {
        kind: 'paragraph',
        text: 'Recommendations are read by the agency’s members and the programme’s organisers only.',
      },
    ];
  if (f.recommendations.length === 0)
    return [head, { kind: 'paragraph', text: 'No published practice you may read covers these gaps yet.' }];
  return [
    head,
    {
      kind: 'paragraph',
      text: 'Published practices of the exchange that you may read, ranked by the gap they address and their adoption.',
    },
    {
      kind: 'table',
      header: ['Practice', 'Marking', 'Addresses', 'Adopted by'],
      widths: ['*', 80, 70, 60],
      rows: f.recommendations.map((r) => [
        r.title ?? r.practiceId,
        r.tlp,
        `${r.addresses.subcategoryId} (${r.addresses.current}→${r.addresses.target})`,
        `${r.adoptions} ${r.adoptions === 1 ? 'agency' : 'agencies'}`,
      ]),
    },
  ];
}

function comparison(f: ProfileFacts): DocumentBlock[] {
  if (!f.diff) return [];
  const { summary } = f.diff.view;
  return [
    { kind: 'heading', text: `Since ${f.diff.againstCampaignName ?? 'the previous assessment'}` },
    {
      kind: 'paragraph',
      text: `${summary.improved} subcategories improved, ${summary.regressed} regressed, ${summary.unchanged} unchanged, ${summary.notComparable} not comparable.`,
    },
    {
      kind: 'chart',
      chart: diffBars(
        f.diff.view,
        f.profile.functions.map((fn) => fn.id),
      ),
      width: 360,
    },
  ];
}

/** The profile as a document: the same blocks become the PDF and the editable .docx. */
export function profileBlocks(f: ProfileFacts): DocumentBlock[] {
  return [...cover(f), ...categories(f), ...gaps(f), ...roadmap(f), ...practices(f), ...comparison(f)];
}
