import { MaturityRuleViolation } from '../../maturity-rule.violation';
import { ASSESSMENT_ERRORS } from './assessment.errors';

export const MIN_TIER = 0;
export const MAX_TIER = 4;
export const MAX_ANSWERS_PER_REQUEST = 500;

/** One answer as an agency gives it. */
export interface AnswerInput {
  subcategoryId: string;
  current: number;
  target?: number;
  targetReason?: string;
  notApplicable?: boolean;
  evidence?: string;
}

/** One answer as it is stored: the effective target (the campaign's unless overridden with a reason). */
export interface Answer {
  subcategoryId: string;
  current: number;
  target: number;
  targetOverridden: boolean;
  targetReason: string | null;
  notApplicable: boolean;
  evidence: string | null;
}

/** The framework and campaign facts the answers are checked against. */
export interface AnswerContext {
  /** The campaign's target for a subcategory of the framework, or undefined when it is not one. */
  campaignTargetOf(subcategoryId: string): number | undefined;
}

/**
 * AnswersNameTheFrameworksSubcategoriesOnceEach, current tiers are 0–4, an overridden target
 * is 1–4 and says why. Returns the answers to store, or refuses them all with every problem.
 */
export function validAnswers(given: readonly AnswerInput[], context: AnswerContext): Answer[] {
  const problems: string[] = [];
  if (given.length > MAX_ANSWERS_PER_REQUEST)
    problems.push(`at most ${MAX_ANSWERS_PER_REQUEST} answers at once`);
  const seen = new Set<string>();
  const answers = given.map((a, i): Answer => {
    const at = `answers[${i}]`;
    const campaignTarget = context.campaignTargetOf(a.subcategoryId);
    if (campaignTarget === undefined)
      problems.push(`${at}.subcategoryId ${a.subcategoryId} is not a subcategory of the framework`);
    if (seen.has(a.subcategoryId)) problems.push(`${at}.subcategoryId ${a.subcategoryId} is answered twice`);
    seen.add(a.subcategoryId);
    if (!isTier(a.current, MIN_TIER))
      problems.push(`${at}.current must be a whole tier from ${MIN_TIER} to ${MAX_TIER}`);
    const overridden = a.target !== undefined && a.target !== campaignTarget;
    if (a.target !== undefined && !isTier(a.target, 1))
      problems.push(`${at}.target must be a whole tier from 1 to ${MAX_TIER}`);
    const reason = a.targetReason?.trim() || null;
    if (overridden && !reason)
      problems.push(`${at}.targetReason says why the target differs from the campaign's`);
    return {
      subcategoryId: a.subcategoryId,
      current: a.current,
      target: a.target ?? campaignTarget ?? 1,
      targetOverridden: overridden,
      targetReason: overridden ? reason : null,
      notApplicable: a.notApplicable === true,
      evidence: a.evidence?.trim() || null,
    };
  });
  if (problems.length > 0)
    throw new MaturityRuleViolation(ASSESSMENT_ERRORS.answersInvalid, `${problems.join('; ')}.`);
  return answers;
}

function isTier(value: unknown, min: number): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_TIER;
}

/**
 * TargetReachedOnlyOnTheCrossing: the subcategories whose current tier now meets their target
 * and did not before (not answered, below target, or not applicable).
 */
export function targetsReached(
  before: ReadonlyMap<string, Pick<Answer, 'current' | 'target' | 'notApplicable'>>,
  after: readonly Answer[],
): Answer[] {
  const met = (a: Pick<Answer, 'current' | 'target' | 'notApplicable'> | undefined) =>
    a !== undefined && !a.notApplicable && a.current >= a.target;
  return after.filter((a) => met(a) && !met(before.get(a.subcategoryId)));
}
