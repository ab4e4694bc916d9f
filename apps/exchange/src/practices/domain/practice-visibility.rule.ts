/**
 * PracticeIsReadableBy lives in libs/auth/src/rules, where the exits (event feed, webhooks, curated
 * topics, e-mail) evaluate it too: one rule for the API and for everything that leaves the platform.
 */
export {
  moderatesIt,
  practiceIsReadableBy,
  readsAsOwner,
  reviewsIt,
  type PracticeAccessFacts,
  type PracticeStatus,
} from '@csg/auth/rules/practice-read.rule';
