/**
 * The scoring rules of NIST CSF 2.0 profiles as this service applies them. The database
 * computes them (the profile, gap and diff queries); these functions are the reference the
 * SQL is tested against, and the text `docs/maturity.md` explains.
 */

/** Govern steers every other function, Identify and Protect come before detection and response (ADR 0043). */
export const FUNCTION_WEIGHTS: Readonly<Record<string, number>> = {
  GV: 1.5,
  ID: 1.25,
  PR: 1.25,
  DE: 1,
  RS: 1,
  RC: 1,
};

/** Functions of imported frameworks weigh 1. */
export function functionWeight(functionId: string): number {
  return FUNCTION_WEIGHTS[functionId] ?? 1;
}

export interface ScoredAnswer {
  subcategoryId: string;
  categoryId: string;
  functionId: string;
  current: number;
  target: number;
  notApplicable: boolean;
}

export interface RollUp {
  id: string;
  /** Means over answered and applicable subcategories (two decimals); null when none. */
  current: number | null;
  target: number | null;
  gap: number | null;
  answered: number;
}

export interface Gap {
  subcategoryId: string;
  categoryId: string;
  functionId: string;
  current: number;
  target: number;
  gap: number;
  /** gap × function weight: the order in which gaps are worth closing. */
  priority: number;
}

/** A subcategory's gap: how many tiers it lacks to reach its target (never negative). */
export function gapOf(answer: Pick<ScoredAnswer, 'current' | 'target'>): number {
  return Math.max(answer.target - answer.current, 0);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** MeansOverWhatIsAnsweredAndApplicable, per category or per function (each subcategory counts once). */
export function rollUp(answers: readonly ScoredAnswer[], by: 'categoryId' | 'functionId'): RollUp[] {
  const groups = new Map<string, ScoredAnswer[]>();
  for (const a of answers) groups.set(a[by], [...(groups.get(a[by]) ?? []), a]);
  return [...groups.entries()].map(([id, all]) => {
    const counted = all.filter((a) => !a.notApplicable);
    const mean = (f: (a: ScoredAnswer) => number) =>
      counted.length === 0 ? null : round2(counted.reduce((s, a) => s + f(a), 0) / counted.length);
    return {
      id,
      current: mean((a) => a.current),
      target: mean((a) => a.target),
      gap: mean(gapOf),
      answered: counted.length,
    };
  });
}

/** GapsInPriorityOrder: largest gap × function weight first, then the larger gap, then by identifier. */
export function gapsInPriorityOrder(answers: readonly ScoredAnswer[]): Gap[] {
  return answers
    .filter((a) => !a.notApplicable && gapOf(a) > 0)
    .map((a) => ({
      subcategoryId: a.subcategoryId,
      categoryId: a.categoryId,
      functionId: a.functionId,
      current: a.current,
      target: a.target,
      gap: gapOf(a),
      priority: round2(gapOf(a) * functionWeight(a.functionId)),
    }))
    .sort((x, y) => y.priority - x.priority || y.gap - x.gap || (x.subcategoryId < y.subcategoryId ? -1 : 1));
}

export type Change = 'IMPROVED' | 'REGRESSED' | 'UNCHANGED' | 'NOT_COMPARABLE';

export interface SubcategoryChange {
  subcategoryId: string;
  change: Change;
  current: number | null;
  previous: number | null;
  delta: number | null;
}

/**
 * ChangeBetweenTwoAssessments per subcategory answered in either: improved, regressed or
 * unchanged where both answered it as applicable, otherwise not comparable.
 */
export function diff(
  current: readonly Pick<ScoredAnswer, 'subcategoryId' | 'current' | 'notApplicable'>[],
  previous: readonly Pick<ScoredAnswer, 'subcategoryId' | 'current' | 'notApplicable'>[],
): SubcategoryChange[] {
  const now = new Map(current.map((a) => [a.subcategoryId, a]));
  const before = new Map(previous.map((a) => [a.subcategoryId, a]));
  const ids = [...new Set([...now.keys(), ...before.keys()])].sort();
  return ids.map((id) => {
    const a = now.get(id);
    const b = before.get(id);
    const cur = a && !a.notApplicable ? a.current : null;
    const prev = b && !b.notApplicable ? b.current : null;
    if (cur === null || prev === null)
      return { subcategoryId: id, change: 'NOT_COMPARABLE', current: cur, previous: prev, delta: null };
    const delta = cur - prev;
    return {
      subcategoryId: id,
      change: delta > 0 ? 'IMPROVED' : delta < 0 ? 'REGRESSED' : 'UNCHANGED',
      current: cur,
      previous: prev,
      delta,
    };
  });
}
