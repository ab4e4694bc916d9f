import { isPerson, type Principal } from '@csg/auth/principal';
import { PracticeRuleViolation } from './practice.errors';

/**
 * NobodyReviewsWhatTheyWrote (four eyes, ADR 55): whoever created, revised or submitted a
 * practice never approves or rejects it, its pending revision or a widening of its marking;
 * another organiser or platform-admin does (a colleague of the same agency may).
 */
export function assertReviewerIsNotAnAuthor(reviewer: Principal, contributorSubs: readonly string[]): void {
  if (isPerson(reviewer) && contributorSubs.includes(reviewer.sub)) {
    throw new PracticeRuleViolation(
      'PRACTICE.REVIEWER_IS_AN_AUTHOR',
      'You wrote, revised or submitted this practice; another organiser or platform-admin reviews it.',
    );
  }
}

/** The contributors after `actor` wrote, revised or submitted the practice (sorted, unique). */
export function withContributor(contributorSubs: readonly string[], actor: Principal): string[] {
  if (!isPerson(actor)) return [...contributorSubs];
  return [...new Set([...contributorSubs, actor.sub])].sort();
}
