import fc from 'fast-check';
import {
  REPORT_GROUPINGS,
  reportGroupsOf,
  type CampaignSubmitter,
  type ReportGrouping,
} from './anonymised-release.rule';
import { agenciesSingledOut } from './derivable-groups.rule';
import { groupsShown, type GroupFigures } from './shown-groups.rule';
import { groupIsShown, MIN_ANONYMOUS_GROUP } from './small-group.rule';

/**
 * Random campaigns released to an agency member through the domain function the report handler
 * uses, then attacked: every difference of two released figures (within a grouping, across
 * groupings, and with the population's total) and, by an independent check in floating point over
 * agencies rather than cells, every linear combination of them.
 */
const FUNCTIONS = ['GV', 'ID', 'PR', 'DE', 'RS', 'RC'];
const TIERS = ['FEDERAL', 'PROVINCIAL', 'DEPARTMENTAL'];
const SECTORS = ['EDUCATION', 'HEALTH', 'FINANCE', 'ENERGY'];

interface Agency extends CampaignSubmitter {
  /** Current tiers answered, per function it answered. */
  answers: Record<string, number[]>;
}

const agencyArbitrary = (agencyId: string): fc.Arbitrary<Agency> =>
  fc
    .record({
      tier: fc.constantFrom(...TIERS),
      sector: fc.constantFrom(...SECTORS),
      functionIds: fc.oneof(
        { weight: 3, arbitrary: fc.constant(FUNCTIONS) },
        { weight: 1, arbitrary: fc.subarray(FUNCTIONS, { minLength: 1 }) },
      ),
      tiers: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 30, maxLength: 30 }),
    })
    .map(({ tier, sector, functionIds, tiers }) => ({
      agencyId,
      tier,
      sector,
      functionIds,
      answers: Object.fromEntries(functionIds.map((f, i) => [f, tiers.slice(i * 5, i * 5 + 1 + (i % 5))])),
    }));

const campaignArbitrary = fc
  .integer({ min: 0, max: 13 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => agencyArbitrary(`agency-${i}`))));

const mean = (values: number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;

/** The figures the report computes: each agency's means first, then the mean over its group's agencies. */
function figuresOf(agencies: Agency[], groupBy: ReportGrouping): GroupFigures[] {
  return reportGroupsOf(agencies)
    .filter((g) => g.groupBy === groupBy)
    .map((g) => {
      const members = agencies.filter((a) => g.agencyIds.includes(a.agencyId));
      const perAgency = members.map((a) =>
        groupBy === 'function' ? a.answers[g.key] : Object.values(a.answers).flat(),
      );
      return {
        key: g.key,
        agencies: members.length,
        current: mean(perAgency.map((tiers) => tiers.reduce((x, y) => x + y, 0) / tiers.length)),
        target: null,
        gap: null,
      };
    });
}

/** What an agency member receives for every grouping, with the agencies each released figure covers. */
function releasedToMember(agencies: Agency[], release = groupsShown): string[][] {
  const sets = new Map(reportGroupsOf(agencies).map((g) => [`${g.groupBy}/${g.key}`, g.agencyIds]));
  return REPORT_GROUPINGS.flatMap((groupBy) =>
    release(groupBy, figuresOf(agencies, groupBy), { named: false, submitters: agencies })
      .filter((g) => !g.suppressed)
      .map((g) => {
        const set = sets.get(`${groupBy}/${g.key}`)!;
        expect(g.agencies).toBe(set.length);
        return set;
      }),
  );
}

/** Pairs of released figures (the population's total among them) whose difference covers one or two agencies. */
function smallDifferences(population: string[], released: string[][]): string[][] {
  const figures = groupIsShown(population.length, false) ? [population, ...released] : released;
  const found: string[][] = released.filter((set) => set.length < MIN_ANONYMOUS_GROUP);
  figures.forEach((a, i) =>
    figures.slice(i + 1).forEach((b) => {
      const difference = [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))];
      if (difference.length > 0 && difference.length < MIN_ANONYMOUS_GROUP) found.push(difference);
    }),
  );
  return found;
}

/** Rank in floating point, over agencies: an independent way to the same question as the rule's. */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c += 1) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p], m[r]];
    for (let i = r + 1; i < m.length; i += 1) {
      const f = m[i][c] / m[r][c];
      m[i] = m[i].map((v, k) => v - f * m[r][k]);
    }
    r += 1;
  }
  return r;
}

/** Some linear combination of the figures describes exactly the agencies of `small` (1 or 2 of them). */
function combinationIsolates(population: string[], figures: string[][], small: string[]): boolean {
  const rows = (columns: string[]) => figures.map((set) => columns.map((x) => (set.includes(x) ? 1 : 0)));
  const rest = population.filter((x) => !small.includes(x));
  return rank(rows(population)) > rank(rows(rest));
}

describe('anonymised maturity reports, attacked by subtraction (property)', () => {
  it('releasedFigures_AnyCampaign_NoDifferenceOfTwoDescribesOneOrTwoAgencies', () => {
    fc.assert(
      fc.property(campaignArbitrary, (agencies) => {
        const population = agencies.map((a) => a.agencyId);
        expect(smallDifferences(population, releasedToMember(agencies))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('releasedFigures_AnyCampaign_NoLinearCombinationIsolatesOneOrTwoAgencies', () => {
    fc.assert(
      fc.property(campaignArbitrary, (agencies) => {
        const population = agencies.map((a) => a.agencyId);
        const released = releasedToMember(agencies);
        const figures = groupIsShown(population.length, false) ? [population, ...released] : released;
        const smalls = population.flatMap((x, i) => [[x], ...population.slice(i + 1).map((y) => [x, y])]);
        expect(smalls.filter((small) => combinationIsolates(population, figures, small))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('hiddenGroupsOfThreeOrMore_AnyCampaign_WouldEachSingleSomeoneOutIfShownBesideTheOthers', () => {
    fc.assert(
      fc.property(campaignArbitrary, (agencies) => {
        const population = agencies.map((a) => a.agencyId);
        const released = releasedToMember(agencies);
        const shown = new Set(released.map((set) => set.join()));
        const hidden = reportGroupsOf(agencies)
          .map((g) => g.agencyIds)
          .filter((set) => set.length >= MIN_ANONYMOUS_GROUP && !shown.has(set.join()));
        for (const set of hidden) {
          expect(agenciesSingledOut(population, [population, ...released, set])).not.toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('releasedFigures_SameCampaignInAnyOrder_AreTheSame', () => {
    fc.assert(
      fc.property(
        campaignArbitrary.chain((agencies) =>
          fc.tuple(fc.constant(agencies), fc.shuffledSubarray(agencies, { minLength: agencies.length })),
        ),
        ([agencies, shuffled]) => {
          const key = (sets: string[][]) => sets.map((s) => [...s].sort().join()).sort();
          expect(key(releasedToMember(shuffled))).toEqual(key(releasedToMember(agencies)));
        },
      ),
    );
  });

  it('smallGroupSuppressionAlone_IssueSeventeenCampaign_LetsTierLessSectorGiveTheFourthAgency', () => {
    const issue: Agency[] = ['EDUCATION', 'EDUCATION', 'EDUCATION', 'HEALTH'].map((sector, i) => ({
      agencyId: `agency-${i}`,
      tier: 'FEDERAL',
      sector,
      functionIds: FUNCTIONS,
      answers: Object.fromEntries(FUNCTIONS.map((f) => [f, [i]])),
    }));
    const population = issue.map((a) => a.agencyId);
    const smallGroupsOnly: typeof groupsShown = (_groupBy, groups) =>
      groups.map((g) =>
        groupIsShown(g.agencies, false)
          ? { ...g, suppressed: false }
          : { key: g.key, suppressed: true, agencies: null, current: null, target: null, gap: null },
      );
    expect(smallDifferences(population, releasedToMember(issue, smallGroupsOnly))).toContainEqual([
      'agency-3',
    ]);
    expect(smallDifferences(population, releasedToMember(issue))).toEqual([]);
  });
});
