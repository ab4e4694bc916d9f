import type { Principal } from '@csg/auth/principal';
import {
  AGENCY_A as A,
  AGENCY_B as B,
  AGENCY_C as C,
  person,
} from '../../../test/in-memory-exchange.fixture';
import { codeOf, factsOf, mfaPracticeDraft, publishedPractice } from '../../../test/practice.fixture';
import { Practice, type PracticeDraft } from './practice.aggregate';

/** The time every change in this file happens at. */
const now = new Date();

const author = person('author', [[A, 'member']]);
const colleague = person('colleague', [[A, 'member']]);
const adminOfA = person('admin-a', [[A, 'agency-admin']]);
const memberOfB = person('member-b', [[B, 'member']]);
const memberOfC = person('member-c', [[C, 'member']]);
const organiser = person('organiser', [], ['organiser']);
const anonymous: Principal = { kind: 'anonymous' };

/** The MFA draft with untidy content, for the normalisation rules. */
const draftOf = (overrides: Partial<PracticeDraft> = {}) =>
  mfaPracticeDraft({
    title: '  Phishing-resistant MFA for all staff ',
    tags: ['MFA', 'identity', 'mfa'],
    frameworkRefs: ['PR.AA-03', 'PR.AA'],
    ...overrides,
  });

const published = (overrides: Partial<PracticeDraft> = {}) =>
  publishedPractice(draftOf(overrides), author, organiser);

describe('Practice lifecycle', () => {
  it('Draft_ByAMemberOfTheOwningAgency_IsRevisionOneWithNormalisedContent', () => {
    const practice = Practice.draft(draftOf(), author, now);
    expect(practice.snapshot()).toMatchObject({
      status: 'DRAFT',
      version: 1,
      authorSub: 'author',
      title: 'Phishing-resistant MFA for all staff',
      tags: ['identity', 'mfa'],
      frameworkRefs: ['PR.AA', 'PR.AA-03'],
    });
    expect(practice.pullRevisions()).toEqual([
      expect.objectContaining({ number: 1, kind: 'CREATED', authorSub: 'author' }),
    ]);
    expect(factsOf(practice)).toEqual([]);
  });

  it('Draft_ByAnOutsider_DoesNotExistForThem', () => {
    expect(codeOf(() => Practice.draft(draftOf(), memberOfB, now))).toBe('PRACTICE.NOT_FOUND');
  });

  it('Draft_WithAnUnknownFrameworkReference_IsRefused', () => {
    expect(codeOf(() => Practice.draft(draftOf({ frameworkRefs: ['PR.AA-99'] }), author, now))).toBe(
      'PRACTICE.UNKNOWN_FRAMEWORK_REFERENCE',
    );
    expect(codeOf(() => Practice.draft(draftOf({ frameworkRefs: ['PR'] }), author, now))).toBe(
      'PRACTICE.UNKNOWN_FRAMEWORK_REFERENCE',
    );
  });

  it('Submit_AGreenDraft_WaitsForReviewAndRecordsSubmitted', () => {
    const practice = Practice.draft(draftOf(), author, now);
    practice.submit(colleague, now);
    expect(practice.snapshot()).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(factsOf(practice)).toEqual([{ kind: 'submitted', pendingRevisionNumber: null }]);
  });

  it('Submit_ARedDraft_PublishesToItsRecipientsWithoutReview', () => {
    const practice = Practice.draft(draftOf({ tlp: 'TLP:RED', recipientSubs: ['member-b'] }), author, now);
    practice.submit(author, now);
    expect(practice.snapshot().status).toBe('PUBLISHED');
    expect(factsOf(practice)).toEqual([{ kind: 'published', replacesRevisionNumber: null }]);
    expect(practice.isReadableBy(memberOfB)).toBe(true);
    expect(practice.isReadableBy(organiser)).toBe(false);
  });

  it('Submit_WhenNotADraft_IsRefused', () => {
    const practice = published();
    expect(codeOf(() => practice.submit(author, now))).toBe('PRACTICE.NOT_SUBMITTABLE');
  });

  it('Approve_BySomeoneWhoIsNotAnOrganiser_DoesNotExistForThem', () => {
    const practice = Practice.draft(draftOf(), author, now);
    practice.submit(author, now);
    expect(codeOf(() => practice.approve(adminOfA, now))).toBe('PRACTICE.NOT_FOUND');
  });

  it('Approve_ASubmission_PublishesIt', () => {
    const practice = Practice.draft(draftOf(), author, now);
    practice.submit(author, now);
    factsOf(practice);
    practice.approve(organiser, now);
    expect(practice.snapshot()).toMatchObject({ status: 'PUBLISHED' });
    expect(practice.snapshot().publishedAt).toBeInstanceOf(Date);
    expect(factsOf(practice)).toEqual([{ kind: 'published', replacesRevisionNumber: null }]);
  });

  it('Approve_ADraft_IsNotUnderReview', () => {
    const practice = Practice.draft(draftOf(), author, now);
    expect(codeOf(() => practice.approve(organiser, now))).toBe('PRACTICE.NOT_FOUND');
  });

  it('Reject_ASubmission_KeepsTheReasonAndARevisionTakesItBackToDraft', () => {
    const practice = Practice.draft(draftOf(), author, now);
    practice.submit(author, now);
    factsOf(practice);
    practice.reject(organiser, ' Needs concrete steps ', now);
    expect(practice.snapshot()).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Needs concrete steps',
    });
    expect(factsOf(practice)).toEqual([
      { kind: 'rejected', reason: 'Needs concrete steps', scope: 'SUBMISSION', pendingRevisionNumber: null },
    ]);
    practice.revise({ body: 'Concrete steps' }, author, now);
    expect(practice.snapshot()).toMatchObject({ status: 'DRAFT', rejectionReason: null });
  });

  it('Withdraw_APublishedPractice_LeavesTheExchangeButNotItsAgency', () => {
    const practice = published();
    practice.withdraw(author, now);
    expect(practice.snapshot().status).toBe('WITHDRAWN');
    expect(factsOf(practice)).toEqual([{ kind: 'withdrawn' }]);
    expect(practice.isReadableBy(memberOfB)).toBe(false);
    expect(practice.isReadableBy(colleague)).toBe(true);
    expect(codeOf(() => practice.withdraw(author, now))).toBe('PRACTICE.ALREADY_WITHDRAWN');
    expect(codeOf(() => practice.revise({ title: 'Again' }, author, now))).toBe('PRACTICE.NOT_REVISABLE');
  });

  it('Revise_ByAReaderOutsideTheOwningAgency_IsForbidden', () => {
    const practice = published();
    expect(codeOf(() => practice.revise({ title: 'Mine now' }, memberOfB, now))).toBe('PRACTICE.NOT_OWNER');
  });

  it('AssertVersion_WithAStaleIfMatch_IsAVersionMismatch', () => {
    const practice = published();
    expect(codeOf(() => practice.assertVersion([1]))).toBe('PRACTICE.VERSION_MISMATCH');
    expect(codeOf(() => practice.assertVersion([practice.snapshot().version]))).toBe('no error');
  });
});

describe('Practice revisions', () => {
  it('Revise_APublishedPractice_StaysPublishedAndRecordsWhoChangedWhat', () => {
    const practice = published();
    const changed = practice.revise(
      { title: 'Phishing-resistant MFA, year one', tags: ['mfa'] },
      colleague,
      now,
    );
    expect(changed).toBe(true);
    expect(practice.snapshot().status).toBe('PUBLISHED');
    const [revision] = practice.pullRevisions();
    expect(revision).toMatchObject({
      number: 2,
      kind: 'REVISED',
      authorSub: 'colleague',
      changedFields: ['title', 'tags'],
    });
    expect(factsOf(practice)).toEqual([{ kind: 'revised', revision }]);
  });

  it('Revise_WithNothingNew_ChangesNothing', () => {
    const practice = published();
    const version = practice.snapshot().version;
    expect(practice.revise({ tags: ['mfa', 'IDENTITY'] }, author, now)).toBe(false);
    expect(practice.snapshot().version).toBe(version);
    expect(practice.pullRevisions()).toEqual([]);
  });

  it('Revise_ASubmittedPractice_TakesItBackToDraftWithoutAnEvent', () => {
    const practice = Practice.draft(draftOf(), author, now);
    practice.submit(author, now);
    factsOf(practice);
    practice.revise({ summary: 'A better summary of it' }, author, now);
    expect(practice.snapshot().status).toBe('DRAFT');
    expect(factsOf(practice)).toEqual([]);
  });
});

describe('Practice marking rules', () => {
  it('Raise_APublishedMarking_TakesEffectAtOnce', () => {
    const practice = published();
    expect(practice.isReadableBy(memberOfB)).toBe(true);
    practice.revise({ tlp: 'TLP:AMBER+STRICT' }, author, now);
    expect(practice.snapshot()).toMatchObject({ marking: { tlp: 'TLP:AMBER+STRICT' }, pendingMarking: null });
    expect(practice.isReadableBy(memberOfB)).toBe(false);
  });

  it('Widen_APublishedMarking_WaitsForAnOrganiserAndKeepsTheCurrentAudience', () => {
    const practice = published({ tlp: 'TLP:AMBER', sharedWithAgencyIds: [B] });
    practice.revise({ tlp: 'TLP:GREEN' }, author, now);
    expect(practice.snapshot()).toMatchObject({
      marking: { tlp: 'TLP:AMBER', sharedWithAgencyIds: [B] },
      pendingMarking: { tlp: 'TLP:GREEN' },
    });
    expect(practice.isReadableBy(memberOfC)).toBe(false);
    expect(practice.isReadableBy(organiser)).toBe(true);
    factsOf(practice);
    practice.approve(organiser, now);
    expect(practice.snapshot()).toMatchObject({ marking: { tlp: 'TLP:GREEN' }, pendingMarking: null });
    expect(practice.isReadableBy(memberOfC)).toBe(true);
    expect(factsOf(practice)).toEqual([
      {
        kind: 'revised',
        revision: expect.objectContaining({ kind: 'MARKING_APPROVED', authorSub: 'organiser' }),
      },
    ]);
  });

  it('Widen_WhileRemovingAnAgency_RemovesItAtOnceAndAddsTheOtherOnlyOnApproval', () => {
    const practice = published({ tlp: 'TLP:AMBER', sharedWithAgencyIds: [B] });
    practice.revise({ sharedWithAgencyIds: [C] }, author, now);
    expect(practice.snapshot().marking).toEqual({
      tlp: 'TLP:AMBER',
      sharedWithAgencyIds: [],
      recipientSubs: [],
    });
    expect(practice.isReadableBy(memberOfB)).toBe(false);
    expect(practice.isReadableBy(memberOfC)).toBe(false);
    practice.reject(organiser, 'Agency C is not cleared for this', now);
    expect(practice.snapshot()).toMatchObject({ status: 'PUBLISHED', pendingMarking: null });
    expect(practice.isReadableBy(memberOfC)).toBe(false);
  });

  it('Widen_ADraft_TakesEffectAtOnceBecauseReviewComesWithSubmission', () => {
    const practice = Practice.draft(draftOf({ tlp: 'TLP:AMBER+STRICT' }), author, now);
    practice.revise({ tlp: 'TLP:CLEAR' }, author, now);
    expect(practice.snapshot()).toMatchObject({ marking: { tlp: 'TLP:CLEAR' }, pendingMarking: null });
  });

  it('Widen_ARedPractice_IsReviewedAtItsNewMarkingByOrganisers', () => {
    const practice = published({ tlp: 'TLP:RED', recipientSubs: ['member-b'] });
    expect(practice.isReadableBy(organiser)).toBe(false);
    practice.revise({ tlp: 'TLP:AMBER', sharedWithAgencyIds: [B] }, author, now);
    expect(practice.snapshot().marking.tlp).toBe('TLP:RED');
    expect(practice.isReadableBy(organiser)).toBe(true);
  });

  it('Audience_ThatDoesNotFitTheMarking_IsRefused', () => {
    expect(codeOf(() => Practice.draft(draftOf({ sharedWithAgencyIds: [B] }), author, now))).toBe(
      'PRACTICE.AUDIENCE_MISMATCH',
    );
    expect(codeOf(() => Practice.draft(draftOf({ recipientSubs: ['x'] }), author, now))).toBe(
      'PRACTICE.AUDIENCE_MISMATCH',
    );
    expect(codeOf(() => Practice.draft(draftOf({ tlp: 'TLP:RED' }), author, now))).toBe(
      'PRACTICE.RED_NEEDS_RECIPIENTS',
    );
    expect(
      codeOf(() => Practice.draft(draftOf({ tlp: 'TLP:AMBER', sharedWithAgencyIds: [A] }), author, now)),
    ).toBe('PRACTICE.SHARED_WITH_OWNER');
  });

  it('ChangeTheLevel_DropsTheAudienceOfTheOldLevel', () => {
    const practice = Practice.draft(draftOf({ tlp: 'TLP:AMBER', sharedWithAgencyIds: [B] }), author, now);
    practice.revise({ tlp: 'TLP:GREEN' }, author, now);
    expect(practice.snapshot().marking).toEqual({
      tlp: 'TLP:GREEN',
      sharedWithAgencyIds: [],
      recipientSubs: [],
    });
  });
});

describe('Who reads a practice', () => {
  it('Draft_IsReadOnlyByTheOwningAgency', () => {
    const practice = Practice.draft(draftOf({ tlp: 'TLP:CLEAR' }), author, now);
    expect(practice.isReadableBy(colleague)).toBe(true);
    expect(practice.isReadableBy(memberOfB)).toBe(false);
    expect(practice.isReadableBy(anonymous)).toBe(false);
    expect(practice.isReadableBy(organiser)).toBe(false);
  });

  it('RedDraft_IsReadByItsAuthorAndTheAgencyAdminsOnly', () => {
    const practice = Practice.draft(draftOf({ tlp: 'TLP:RED', recipientSubs: ['member-b'] }), author, now);
    expect(practice.isReadableBy(author)).toBe(true);
    expect(practice.isReadableBy(adminOfA)).toBe(true);
    expect(practice.isReadableBy(colleague)).toBe(false);
    expect(practice.isReadableBy(memberOfB)).toBe(false);
  });

  it('PublishedClear_IsReadByAnyone', () => {
    expect(published({ tlp: 'TLP:CLEAR' }).isReadableBy(anonymous)).toBe(true);
  });

  it('PublishedAmber_IsReadByTheOwnerAndTheAgenciesItNames', () => {
    const practice = published({ tlp: 'TLP:AMBER', sharedWithAgencyIds: [B] });
    expect(practice.isReadableBy(memberOfB)).toBe(true);
    expect(practice.isReadableBy(memberOfC)).toBe(false);
  });

  it('Published_IsReadByOrganisersWhoModerateTheExchangeExceptUnderRed', () => {
    expect(published({ tlp: 'TLP:AMBER+STRICT' }).isReadableBy(organiser)).toBe(true);
    expect(published({ tlp: 'TLP:RED', recipientSubs: ['member-b'] }).isReadableBy(organiser)).toBe(false);
  });

  it('Submitted_IsReadByOrganisersExceptUnderRed', () => {
    const practice = Practice.draft(draftOf({ tlp: 'TLP:AMBER+STRICT' }), author, now);
    practice.submit(author, now);
    expect(practice.isReadableBy(organiser)).toBe(true);
    expect(practice.isReadableBy(memberOfB)).toBe(false);
  });
});
