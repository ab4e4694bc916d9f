import type { Principal } from '@csg/auth/principal';
import { AGENCY_A as A, AGENCY_B as B, person } from '../../../test/in-memory-exchange.fixture';
import {
  codeOf,
  factsOf,
  mfaPracticeDraft as draftOf,
  publishedPractice,
} from '../../../test/practice.fixture';
import { Practice, type PracticeDraft } from './practice.aggregate';

/** The time every change in this file happens at. */
const now = new Date();

const author = person('author', [[A, 'member']]);
const colleague = person('colleague', [[A, 'member']]);
/** An organiser of the CERT who is also a member of agency A (the CERT's own practices). */
const organiserOfA = person('organiser-a', [[A, 'member']], ['organiser']);
/** Another organiser in the same agency: the second pair of eyes. */
const colleagueOrganiserOfA = person('organiser-a2', [[A, 'member']], ['organiser']);
const organiser = person('organiser', [], ['organiser']);
const memberOfB = person('member-b', [[B, 'member']]);

/** Written and submitted by `writer`, approved by the outside organiser; facts and revisions drained. */
const published = (overrides: Partial<PracticeDraft> = {}, writer: Principal = author) =>
  publishedPractice(draftOf(overrides), writer, organiser);

describe('Four eyes on the exchange', () => {
  it('Approve_WhenTheOrganiserWroteAndSubmittedIt_IsRefusedAndChangesNothing', () => {
    const practice = Practice.draft(draftOf(), organiserOfA, now);
    practice.submit(organiserOfA, now);
    factsOf(practice);
    const before = practice.snapshot();
    expect(codeOf(() => practice.approve(organiserOfA, now))).toBe('PRACTICE.REVIEWER_IS_AN_AUTHOR');
    expect(codeOf(() => practice.reject(organiserOfA, 'Not good enough', now))).toBe(
      'PRACTICE.REVIEWER_IS_AN_AUTHOR',
    );
    expect(practice.snapshot()).toEqual(before);
    expect(factsOf(practice)).toEqual([]);
  });

  it('Approve_WhenTheOrganiserOnlySubmittedIt_IsRefused', () => {
    const practice = Practice.draft(draftOf(), author, now);
    practice.submit(organiserOfA, now);
    expect(codeOf(() => practice.approve(organiserOfA, now))).toBe('PRACTICE.REVIEWER_IS_AN_AUTHOR');
  });

  it('Reject_WhenTheOrganiserOnlyRevisedIt_IsRefused', () => {
    const practice = Practice.draft(draftOf(), author, now);
    practice.revise({ summary: 'A summary the organiser improved' }, organiserOfA, now);
    practice.submit(author, now);
    expect(codeOf(() => practice.reject(organiserOfA, 'Needs more', now))).toBe(
      'PRACTICE.REVIEWER_IS_AN_AUTHOR',
    );
  });

  it('Approve_ByAColleagueOrganiserOfTheSameAgency_PublishesIt', () => {
    const practice = Practice.draft(draftOf(), organiserOfA, now);
    practice.submit(organiserOfA, now);
    practice.approve(colleagueOrganiserOfA, now);
    expect(practice.snapshot().status).toBe('PUBLISHED');
  });

  it('Approve_WhenNothingWaits_IsNotUnderReviewBeforeItAsksWhoWroteIt', () => {
    const practice = published({}, organiserOfA);
    expect(codeOf(() => practice.approve(organiserOfA, now))).toBe('PRACTICE.NOT_UNDER_REVIEW');
  });

  it('ApproveAWidening_WhenTheOrganiserAskedForIt_IsRefused_AnotherOrganiserMay', () => {
    const practice = published({ tlp: 'TLP:AMBER+STRICT' });
    practice.revise({ tlp: 'TLP:GREEN' }, organiserOfA, now);
    expect(codeOf(() => practice.approve(organiserOfA, now))).toBe('PRACTICE.REVIEWER_IS_AN_AUTHOR');
    practice.approve(colleagueOrganiserOfA, now);
    expect(practice.snapshot()).toMatchObject({ marking: { tlp: 'TLP:GREEN' }, pendingMarking: null });
  });

  it('ApproveAPendingRevision_WhenTheOrganiserProposedIt_IsRefused', () => {
    const practice = published();
    practice.revise({ body: 'The organiser rewrote the steps' }, organiserOfA, now);
    practice.submit(author, now);
    expect(codeOf(() => practice.approve(organiserOfA, now))).toBe('PRACTICE.REVIEWER_IS_AN_AUTHOR');
    expect(codeOf(() => practice.reject(organiserOfA, 'No', now))).toBe('PRACTICE.REVIEWER_IS_AN_AUTHOR');
  });

  it('Contributors_AreEveryoneWhoWroteRevisedOrSubmitted_NotTheReviewer', () => {
    const practice = Practice.draft(draftOf(), author, now);
    practice.revise({ title: 'A better title' }, colleague, now);
    practice.submit(organiserOfA, now);
    practice.approve(organiser, now);
    expect(practice.snapshot().contributorSubs).toEqual(['author', 'colleague', 'organiser-a']);
  });
});

describe('Pending revisions of a published practice', () => {
  it('Revise_APublishedPracticesContent_KeepsReadersOnThePublishedRevision', () => {
    const practice = published();
    const before = practice.snapshot();
    expect(practice.revise({ title: 'MFA, a year on', tags: ['mfa', 'fido2'] }, colleague, now)).toBe(true);
    const after = practice.snapshot();
    expect(after).toMatchObject({
      status: 'PUBLISHED',
      title: before.title,
      tags: before.tags,
      publishedRevisionNumber: before.publishedRevisionNumber,
      version: before.version + 1,
      pendingRevision: {
        number: before.revisionCount + 1,
        status: 'DRAFT',
        rejectionReason: null,
        content: expect.objectContaining({ title: 'MFA, a year on', tags: ['fido2', 'mfa'] }),
      },
    });
    const [revision] = practice.pullRevisions();
    expect(revision).toMatchObject({
      kind: 'REVISED',
      proposal: true,
      authorSub: 'colleague',
      changedFields: ['title', 'tags'],
      content: expect.objectContaining({ title: 'MFA, a year on' }),
    });
    expect(factsOf(practice)).toEqual([{ kind: 'revised', revision }]);
  });

  it('Revise_ThePendingRevisionAgain_BuildsOnItsContent', () => {
    const practice = published();
    practice.revise({ title: 'MFA, a year on' }, author, now);
    practice.revise({ summary: 'What the first year taught us' }, colleague, now);
    const { pendingRevision, title } = practice.snapshot();
    expect(title).toBe('Phishing-resistant MFA for all staff');
    expect(pendingRevision?.content).toMatchObject({
      title: 'MFA, a year on',
      summary: 'What the first year taught us',
    });
    expect(practice.pullRevisions().map((r) => [r.number, r.changedFields, r.proposal])).toEqual([
      [2, ['title'], true],
      [3, ['summary'], true],
    ]);
    expect(pendingRevision?.number).toBe(3);
  });

  it('Submit_APendingRevision_WaitsForReviewWithItsNumber', () => {
    const practice = published();
    practice.revise({ body: 'New steps' }, author, now);
    factsOf(practice);
    practice.submit(colleague, now);
    expect(practice.snapshot()).toMatchObject({
      status: 'PUBLISHED',
      pendingRevision: { status: 'SUBMITTED' },
    });
    expect(factsOf(practice)).toEqual([{ kind: 'submitted', pendingRevisionNumber: 2 }]);
    expect(codeOf(() => practice.submit(author, now))).toBe('PRACTICE.NOT_SUBMITTABLE');
  });

  it('Approve_APendingRevisionStillInDraft_IsNotUnderReview', () => {
    const practice = published();
    practice.revise({ body: 'New steps' }, author, now);
    expect(codeOf(() => practice.approve(organiser, now))).toBe('PRACTICE.NOT_UNDER_REVIEW');
  });

  it('Approve_ASubmittedPendingRevision_MakesItThePublishedRevision', () => {
    const practice = published();
    practice.revise({ title: 'MFA, a year on', body: 'New steps' }, author, now);
    practice.submit(author, now);
    practice.pullRevisions();
    factsOf(practice);
    practice.approve(organiser, now);
    expect(practice.snapshot()).toMatchObject({
      status: 'PUBLISHED',
      title: 'MFA, a year on',
      body: 'New steps',
      pendingRevision: null,
      publishedRevisionNumber: 3,
    });
    expect(practice.pullRevisions()).toEqual([
      expect.objectContaining({
        number: 3,
        kind: 'REVISION_PUBLISHED',
        authorSub: 'organiser',
        changedFields: ['title', 'body'],
        proposal: false,
      }),
    ]);
    expect(factsOf(practice)).toEqual([{ kind: 'published', replacesRevisionNumber: 1 }]);
  });

  it('Reject_ASubmittedPendingRevision_KeepsThePublishedOneAndSendsItBack', () => {
    const practice = published();
    practice.revise({ body: 'Half-done steps' }, author, now);
    practice.submit(author, now);
    factsOf(practice);
    practice.reject(organiser, ' Finish the steps ', now);
    expect(practice.snapshot()).toMatchObject({
      status: 'PUBLISHED',
      body: '# Steps\n1. Pilot\n2. Roll out',
      rejectionReason: null,
      pendingRevision: { status: 'REJECTED', rejectionReason: 'Finish the steps' },
    });
    expect(factsOf(practice)).toEqual([
      { kind: 'rejected', reason: 'Finish the steps', scope: 'SUBMISSION', pendingRevisionNumber: 2 },
    ]);
    practice.revise({ body: 'Finished steps' }, author, now);
    expect(practice.snapshot().pendingRevision).toMatchObject({ status: 'DRAFT', rejectionReason: null });
  });

  it('Submit_APendingRevisionOfARedPractice_PublishesItToItsRecipientsWithoutReview', () => {
    const practice = published({ tlp: 'TLP:RED', recipientSubs: ['member-b'] });
    practice.revise({ body: 'Red steps, revised' }, author, now);
    factsOf(practice);
    practice.submit(author, now);
    expect(practice.snapshot()).toMatchObject({ body: 'Red steps, revised', pendingRevision: null });
    expect(factsOf(practice)).toEqual([{ kind: 'published', replacesRevisionNumber: 1 }]);
  });

  it('Revise_TheMarkingWhileARevisionIsSubmitted_IsARevisionReadersSeeAndTakesThePendingOneBackToDraft', () => {
    const practice = published();
    practice.revise({ body: 'New steps' }, author, now);
    practice.submit(author, now);
    practice.pullRevisions();
    factsOf(practice);
    practice.revise({ tlp: 'TLP:AMBER+STRICT' }, author, now);
    const [revision] = practice.pullRevisions();
    expect(revision).toMatchObject({
      kind: 'REVISED',
      proposal: false,
      changedFields: ['marking'],
      content: expect.objectContaining({ body: '# Steps\n1. Pilot\n2. Roll out' }),
    });
    expect(practice.snapshot()).toMatchObject({
      marking: { tlp: 'TLP:AMBER+STRICT' },
      publishedRevisionNumber: revision.number,
      pendingRevision: { number: 2, status: 'DRAFT' },
    });
    expect(factsOf(practice)).toEqual([{ kind: 'revised', revision }]);
  });

  it('EditAndWidenTogether_TheWideningWaitsAtOnceAndOneApprovalAppliesBothOnceSubmitted', () => {
    const practice = published({ tlp: 'TLP:AMBER+STRICT' });
    practice.revise({ tlp: 'TLP:GREEN', title: 'Shared wider, said better' }, author, now);
    expect(practice.pullRevisions().map((r) => [r.changedFields, r.proposal])).toEqual([
      [['marking'], false],
      [['title'], true],
    ]);
    practice.submit(author, now);
    factsOf(practice);
    practice.approve(organiser, now);
    expect(practice.snapshot()).toMatchObject({
      marking: { tlp: 'TLP:GREEN' },
      pendingMarking: null,
      title: 'Shared wider, said better',
      pendingRevision: null,
    });
    expect(factsOf(practice).map((f) => f.kind)).toEqual(['revised', 'published']);
  });

  it('SeesPendingWork_TheOwningAgencyAlways_ReviewersOnlyOnceSubmitted_OtherReadersNever', () => {
    const practice = published();
    practice.revise({ body: 'New steps' }, author, now);
    expect(practice.seesPendingWork(colleague)).toBe(true);
    expect(practice.seesPendingWork(memberOfB)).toBe(false);
    expect(practice.seesPendingWork(organiser)).toBe(false);
    practice.submit(author, now);
    expect(practice.seesPendingWork(organiser)).toBe(true);
    expect(practice.seesPendingWork(memberOfB)).toBe(false);
    expect(practice.isReadableBy(memberOfB)).toBe(true);
  });

  it('Withdraw_WithAPendingRevision_DropsIt', () => {
    const practice = published();
    practice.revise({ body: 'New steps' }, author, now);
    practice.withdraw(author, now);
    expect(practice.snapshot()).toMatchObject({ status: 'WITHDRAWN', pendingRevision: null });
  });
});
