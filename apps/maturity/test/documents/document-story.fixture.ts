import { NIST_CSF_2_0 } from '@csg/frameworks';
import type { ProfileFacts } from '../../src/documents/queries/profile-document/profile-facts';
import type { ProgrammeFacts } from '../../src/documents/queries/programme-report/programme-facts';
import type { ImpactReportView } from '../../src/reports/queries/impact-report/impact-report.view';
import type { MaturityReportView } from '../../src/reports/queries/maturity-report/maturity-report.view';

/**
 * The story the documents tell in tests and in docs/reports.md: a provincial revenue authority,
 * second campaign of the programme, against its baseline. Tiers are fixed, not random, so the
 * pictures in the docs do not change unless the rendering does.
 */
const CURRENT: Record<string, number> = { GV: 2, ID: 2, PR: 3, DE: 1, RS: 2, RC: 1 };
const TARGET: Record<string, number> = { GV: 3, ID: 3, PR: 4, DE: 3, RS: 3, RC: 3 };
const round = (n: number) => Math.round(n * 100) / 100;

export const STORY_DATE = new Date('2027-03-15T09:00:00Z');

function profile(): ProfileFacts['profile'] {
  const functions = NIST_CSF_2_0.functions.map((fn, f) => {
    const categories = fn.categories.map((c, i) => {
      const current = Math.min(4, Math.max(0, CURRENT[fn.id] + ((i + f) % 3) - 1));
      const target = TARGET[fn.id];
      return {
        id: c.id,
        name: c.name,
        current,
        target,
        gap: Math.max(target - current, 0),
        answered: c.subcategories.length,
      };
    });
    const mean = (key: 'current' | 'target' | 'gap') =>
      round(categories.reduce((s, c) => s + c[key], 0) / categories.length);
    return {
      id: fn.id,
      name: fn.name,
      current: mean('current'),
      target: mean('target'),
      gap: mean('gap'),
      answered: 0,
      categories,
    };
  });
  functions.forEach((fn) => (fn.answered = fn.categories.reduce((s, c) => s + c.answered, 0)));
  const overall = (key: 'current' | 'target' | 'gap') =>
    round(functions.reduce((s, f) => s + f[key], 0) / functions.length);
  const gaps = [
    {
      subcategoryId: 'DE.CM-01',
      categoryId: 'DE.CM',
      functionId: 'DE',
      current: 0,
      target: 3,
      gap: 3,
      priority: 3,
    },
    {
      subcategoryId: 'GV.RM-01',
      categoryId: 'GV.RM',
      functionId: 'GV',
      current: 1,
      target: 3,
      gap: 2,
      priority: 3,
    },
    {
      subcategoryId: 'RC.RP-01',
      categoryId: 'RC.RP',
      functionId: 'RC',
      current: 0,
      target: 3,
      gap: 3,
      priority: 3,
    },
    {
      subcategoryId: 'ID.AM-01',
      categoryId: 'ID.AM',
      functionId: 'ID',
      current: 1,
      target: 3,
      gap: 2,
      priority: 2.5,
    },
    {
      subcategoryId: 'PR.AA-01',
      categoryId: 'PR.AA',
      functionId: 'PR',
      current: 2,
      target: 4,
      gap: 2,
      priority: 2.5,
    },
  ];
  return {
    assessmentId: '7d3c1f52-6a1e-4c1b-9a55-2f0d5c2b8e11',
    frameworkId: 'nist-csf-2.0',
    overall: { current: overall('current'), target: overall('target'), gap: overall('gap'), answered: 106 },
    functions,
    gaps,
  };
}

export function storyProfileFacts(overrides: Partial<ProfileFacts> = {}): ProfileFacts {
  const p = profile();
  return {
    generatedAt: STORY_DATE,
    marking: 'TLP:AMBER',
    assessment: {
      id: p.assessmentId,
      agencyName: 'Provincial Revenue Authority',
      campaignName: 'Programme baseline, second round (2027)',
      frameworkName: 'NIST Cybersecurity Framework 2.0',
      status: 'REVIEWED',
      tlp: 'TLP:AMBER',
      createdAt: new Date('2027-01-10T08:00:00Z'),
      submittedBy: 'ayesha.khan',
      submittedAt: new Date('2027-02-20T12:00:00Z'),
      reviewedBy: 'cert-organiser',
      reviewedAt: new Date('2027-03-01T10:00:00Z'),
    },
    profile: p,
    topGaps: p.gaps.map((g) => ({
      ...g,
      asks:
        {
          'DE.CM-01': 'Networks and network services are monitored to find potentially adverse events',
          'GV.RM-01':
            'Risk management objectives are established and agreed to by organizational stakeholders',
          'RC.RP-01':
            'The recovery portion of the incident response plan is executed once initiated from the incident response process',
          'ID.AM-01': 'Inventories of hardware managed by the organization are maintained',
          'PR.AA-01':
            'Identities and credentials for authorized users, services, and hardware are managed by the organization',
        }[g.subcategoryId] ?? null,
    })),
    milestones: [
      {
        title: 'Central log collection for the tax portal',
        dueOn: '2027-02-28',
        ownerSub: 'bilal.ahmed',
        status: 'IN_PROGRESS',
        overdue: true,
      },
      {
        title: 'Hardware inventory: head office',
        dueOn: '2027-04-15',
        ownerSub: 'sana.malik',
        status: 'PLANNED',
        overdue: false,
      },
      {
        title: 'Risk appetite statement approved by the board',
        dueOn: '2027-05-31',
        ownerSub: 'ayesha.khan',
        status: 'PLANNED',
        overdue: false,
      },
    ],
    recommendations: [
      {
        practiceId: '5c0e6a7e-1111-4c1b-9a55-000000000001',
        title: 'Network monitoring on a shoestring: open-source sensors at the perimeter',
        tlp: 'TLP:CLEAR',
        ownerAgencyId: null,
        addresses: { subcategoryId: 'DE.CM-01', current: 0, target: 3, gap: 3, priority: 3 },
        coveredGaps: 2,
        adoptions: 7,
        reason: 'Covers DE.CM-01',
      },
      {
        practiceId: '5c0e6a7e-1111-4c1b-9a55-000000000002',
        title: 'A one-page risk appetite statement boards sign',
        tlp: 'TLP:AMBER',
        ownerAgencyId: null,
        addresses: { subcategoryId: 'GV.RM-01', current: 1, target: 3, gap: 2, priority: 3 },
        coveredGaps: 1,
        adoptions: 3,
        reason: 'Covers GV.RM-01',
      },
    ],
    diff: {
      againstId: '7d3c1f52-6a1e-4c1b-9a55-2f0d5c2b8e00',
      againstCampaignName: 'Programme baseline (2026)',
      view: {
        assessmentId: p.assessmentId,
        againstId: '7d3c1f52-6a1e-4c1b-9a55-2f0d5c2b8e00',
        summary: { improved: 5, regressed: 2, unchanged: 3, notComparable: 0 },
        changes: [
          ...['GV.OC-01', 'GV.RM-02', 'PR.AA-01', 'PR.AA-02', 'ID.AM-01'].map((id) => ({
            subcategoryId: id,
            change: 'IMPROVED',
            current: 2,
            previous: 1,
            delta: 1,
          })),
          ...['DE.CM-01', 'RS.MA-01'].map((id) => ({
            subcategoryId: id,
            change: 'REGRESSED',
            current: 0,
            previous: 1,
            delta: -1,
          })),
          ...['RC.RP-01', 'GV.PO-01', 'ID.RA-01'].map((id) => ({
            subcategoryId: id,
            change: 'UNCHANGED',
            current: 1,
            previous: 1,
            delta: 0,
          })),
        ],
      },
    },
    ...overrides,
  };
}

const AGENCY = (n: number) => `0b5e1c9a-0000-4000-8000-${String(n).padStart(12, '0')}`;
const FUNCTIONS = NIST_CSF_2_0.functions.map((f) => f.id);

/** The programme's year in the same story: eight sessions, 64 agencies, two campaigns. */
export function storyProgrammeFacts(overrides: Partial<ProgrammeFacts> = {}): ProgrammeFacts {
  const sessions = [
    'Asset inventories that stay current',
    'Incident response tabletop for revenue systems',
    'Network monitoring with open-source sensors',
    'Board-level cyber risk appetite',
  ].map((title, i) => ({
    sessionId: AGENCY(900 + i),
    title,
    startsAt: new Date(Date.UTC(2026, 3 + 2 * i, 12, 9)),
    attendingAgencies: 14 + 3 * i,
  }));
  const movementRow = (key: string, i: number) => {
    const baseline = round(1.2 + 0.15 * i);
    const current = round(baseline + (i % 3 === 2 ? -0.05 : 0.2 + 0.05 * i));
    return { key, baseline, current, change: round(current - baseline), agencies: 58, baselineAgencies: 52 };
  };
  return {
    generatedAt: STORY_DATE,
    marking: 'TLP:AMBER+STRICT',
    period: { from: '2026-04-01', to: '2027-03-31' },
    campaign: { id: AGENCY(800), name: 'Programme baseline, second round (2027)' },
    baseline: { id: AGENCY(801), name: 'Programme baseline (2026)' },
    sessions,
    participation: [
      { dimension: 'tier', key: 'FEDERAL', agencies: 30, attending: 21 },
      { dimension: 'tier', key: 'PROVINCIAL', agencies: 26, attending: 15 },
      { dimension: 'tier', key: 'DEPARTMENTAL', agencies: 8, attending: 2 },
      { dimension: 'sector', key: 'FINANCE', agencies: 18, attending: 14 },
      { dimension: 'sector', key: 'HEALTH', agencies: 12, attending: 6 },
      { dimension: 'sector', key: 'INFORMATION_TECHNOLOGY', agencies: 34, attending: 18 },
    ],
    movement: {
      function: FUNCTIONS.map(movementRow),
      tier: ['FEDERAL', 'PROVINCIAL', 'DEPARTMENTAL'].map(movementRow),
      sector: ['FINANCE', 'HEALTH', 'INFORMATION_TECHNOLOGY'].map(movementRow),
    },
    impact: {
      sessions: sessions.map((s, i) => ({
        sessionId: s.sessionId,
        title: s.title,
        overall: {
          subcategoryId: null,
          attended: { agencies: s.attendingAgencies - 2, meanChange: round(0.4 + 0.1 * i) },
          notAttended: { agencies: i === 3 ? 2 : 30 - i, meanChange: round(0.1 + 0.05 * i) },
          verdict: i === 3 ? 'TOO_FEW_AGENCIES' : 'COMPARABLE',
          difference: i === 3 ? null : round(0.3 + 0.05 * i),
        },
      })),
      caveats: [
        'Attendance is not random: agencies that chose to attend may differ from the others in ways that also change their maturity.',
        'A side with fewer than 3 agencies is too small to compare: no difference is given.',
      ],
    },
    exchange: {
      activity: { published: 41, adoptions: 126, adoptingAgencies: 37 },
      top: [
        {
          practiceId: AGENCY(700),
          title: 'Network monitoring on a shoestring: open-source sensors at the perimeter',
          tlp: 'TLP:CLEAR',
          adoptions: 19,
        },
        {
          practiceId: AGENCY(701),
          title: 'A one-page risk appetite statement boards sign',
          tlp: 'TLP:GREEN',
          adoptions: 12,
        },
      ],
    },
    behind: [
      ['District Water Board', 'DWB', 'DEPARTMENTAL', 'LOCAL_GOVERNMENT', 0.8, 3, 2.2],
      ['Provincial Health Services', 'PHS', 'PROVINCIAL', 'HEALTH', 1.1, 3, 1.9],
      ['Customs Intelligence Wing', 'CIW', 'FEDERAL', 'FINANCE', 1.4, 3.2, 1.8],
    ].map(([name, acronym, tier, sector, current, target, gap], i) => ({
      agencyId: AGENCY(i + 1),
      name: name as string,
      acronym: acronym as string,
      tier: tier as string,
      sector: sector as string,
      current: current as number,
      target: target as number,
      gap: gap as number,
      answered: 106,
    })),
    ...overrides,
  };
}

/** The maturity report by sector as an agency member reads it: one sector too small to show. */
export function storyMaturityReport(): MaturityReportView {
  return {
    campaignId: AGENCY(800),
    groupBy: 'sector',
    named: false,
    minimumGroupSize: 3,
    groups: [
      { key: 'FINANCE', suppressed: false, agencies: 18, current: 1.84, target: 3.05, gap: 1.31 },
      { key: 'HEALTH', suppressed: false, agencies: 12, current: 1.52, target: 3, gap: 1.55 },
      {
        key: 'INFORMATION_TECHNOLOGY',
        suppressed: false,
        agencies: 34,
        current: 2.21,
        target: 3.12,
        gap: 1.02,
      },
      { key: 'ENERGY', suppressed: true, agencies: null, current: null, target: null, gap: null },
    ],
    agencies: [],
  };
}

/** The impact report of the monitoring workshop: the pooled comparison and three subcategories. */
export function storyImpactReport(): ImpactReportView {
  const side = (agencies: number, meanChange: number) => ({ agencies, meanChange });
  return {
    sessionId: AGENCY(902),
    campaignId: AGENCY(800),
    baselineCampaignId: AGENCY(801),
    attendingAgencies: 20,
    minimumGroupSize: 3,
    overall: {
      subcategoryId: null,
      attended: side(18, 0.6),
      notAttended: side(28, 0.2),
      verdict: 'COMPARABLE',
      difference: 0.4,
    },
    subcategories: [
      {
        subcategoryId: 'DE.CM-01',
        attended: side(18, 0.9),
        notAttended: side(28, 0.25),
        verdict: 'COMPARABLE',
        difference: 0.65,
      },
      {
        subcategoryId: 'DE.CM-03',
        attended: side(15, 0.4),
        notAttended: side(26, 0.2),
        verdict: 'COMPARABLE',
        difference: 0.2,
      },
      {
        subcategoryId: 'DE.AE-02',
        attended: side(2, 1),
        notAttended: side(20, 0.1),
        verdict: 'TOO_FEW_AGENCIES',
        difference: null,
      },
    ],
    caveats: [],
  };
}
