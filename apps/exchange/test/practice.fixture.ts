import type { Principal } from '@csg/auth';
import { Practice, type PracticeDraft } from '../src/practices/domain/practice.aggregate';
import { PracticeRuleViolation } from '../src/practices/domain/practice.errors';
import { AGENCY_A } from './in-memory-exchange.fixture';

/** The time every change in this file happens at. */
const now = new Date();

/** A plain TLP:GREEN draft of agency A, shared with no one, with nothing a search would match. */
export const practiceDraft = (overrides: Partial<PracticeDraft> = {}): PracticeDraft => ({
  ownerAgencyId: AGENCY_A,
  title: 'Untitled practice',
  summary: 'A practice',
  body: 'Nothing in particular.',
  tags: [],
  sectors: ['OTHER'],
  frameworkRefs: [],
  tlp: 'TLP:GREEN',
  sharedWithAgencyIds: [],
  recipientSubs: [],
  ...overrides,
});

/** A realistic draft (phishing-resistant MFA in health) for the domain rules. */
export const mfaPracticeDraft = (overrides: Partial<PracticeDraft> = {}): PracticeDraft =>
  practiceDraft({
    title: 'Phishing-resistant MFA for all staff',
    summary: 'How we rolled out FIDO2 keys in six weeks',
    body: '# Steps\n1. Pilot\n2. Roll out',
    tags: ['mfa'],
    sectors: ['HEALTH'],
    frameworkRefs: ['PR.AA'],
    ...overrides,
  });

/** What the practice recorded, as `{ kind, ...details }` without the practice state each fact carries. */
export const factsOf = (practice: Practice) =>
  practice.pullRecordedEvents().map((event) => {
    const { practice: _state, ...details } = event as unknown as Record<string, unknown>;
    return { kind: event.constructor.name.replace(/^Practice/, '').toLowerCase(), ...details };
  });

/** The code of the practice rule `work` breaks, `'no error'` when it breaks none. */
export const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof PracticeRuleViolation ? error.code : String(error);
  }
  return 'no error';
};

/** Drafted and submitted by `writer`, approved by `organiser` when under review; facts and revisions drained. */
export function publishedPractice(draft: PracticeDraft, writer: Principal, organiser: Principal): Practice {
  const practice = Practice.draft(draft, writer, now);
  practice.submit(writer, now);
  if (practice.snapshot().status === 'SUBMITTED') practice.approve(organiser, now);
  factsOf(practice);
  practice.pullRevisions();
  return practice;
}
