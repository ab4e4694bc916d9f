import { violatedRule } from '@csg/domain';
import { targetsReached, validAnswers, type Answer } from './answer-sheet.rule';
import { Assessment } from './assessment.aggregate';
import { AssessmentReviewed, AssessmentSubmitted, ProfileTargetReached } from './assessment.events';

/** The time every change in this file happens at. */
const now = new Date();

const AGENCY = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const verified = () => true;
const running = { id: 'c1', frameworkId: 'nist-csf-2.0', acceptsAnswers: true };
const context = {
  campaignTargetOf: (id: string) => (id.startsWith('GV') ? 3 : id.startsWith('PR') ? 2 : undefined),
};

describe('Assessment', () => {
  it('start_InARunningCampaign_IsADraftMarkedAmberStrict', () => {
    const assessment = Assessment.start(AGENCY, running, 'admin', null, now);
    expect(assessment.snapshot()).toMatchObject({
      status: 'DRAFT',
      version: 1,
      frozen: false,
      campaignId: 'c1',
    });
    expect(assessment.marking).toBe('TLP:AMBER+STRICT');
  });

  it('start_WhenTheCampaignIsNotRunning_IsRefused', () => {
    expect(
      violatedRule(() => Assessment.start(AGENCY, { ...running, acceptsAnswers: false }, 'a', null, now)),
    ).toBe('ASSESSMENT.CAMPAIGN_NOT_RUNNING');
  });

  it('start_CopyingAnotherAgencysAssessment_IsRefused', () => {
    const source = { id: 'x', agencyId: OTHER, frameworkId: 'nist-csf-2.0' };
    expect(violatedRule(() => Assessment.start(AGENCY, running, 'a', source, now))).toBe(
      'ASSESSMENT.COPY_SOURCE_INVALID',
    );
    const otherFramework = { id: 'x', agencyId: AGENCY, frameworkId: 'other' };
    expect(violatedRule(() => Assessment.start(AGENCY, running, 'a', otherFramework, now))).toBe(
      'ASSESSMENT.COPY_SOURCE_INVALID',
    );
    expect(
      Assessment.start(
        AGENCY,
        running,
        'a',
        {
          id: 'x',
          agencyId: AGENCY,
          frameworkId: 'nist-csf-2.0',
        },
        now,
      ).snapshot().copiedFromId,
    ).toBe('x');
  });

  it('submit_ThenReview_MovesDraftToSubmittedToReviewed', () => {
    const assessment = Assessment.start(AGENCY, running, 'admin', null, now);
    assessment.submit('admin', 3, true, now);
    expect(assessment.snapshot()).toMatchObject({ status: 'SUBMITTED', submittedBy: 'admin', version: 2 });
    expect(violatedRule(() => assessment.recordAnswers(true, now))).toBe('ASSESSMENT.NOT_DRAFT');
    assessment.review('org', ' fine ', 3, now);
    expect(assessment.snapshot()).toMatchObject({ status: 'REVIEWED', reviewComment: 'fine', version: 3 });
    expect(violatedRule(() => assessment.review('org', null, 3, now))).toBe('ASSESSMENT.NOT_SUBMITTED');
  });

  it('submit_WithNothingAnswered_IsRefused', () => {
    expect(
      violatedRule(() => Assessment.start(AGENCY, running, 'a', null, now).submit('a', 0, true, now)),
    ).toBe('ASSESSMENT.NOTHING_ANSWERED');
  });

  it('recordAnswers_WhenFrozenOrTheCampaignStopped_IsRefused', () => {
    const assessment = Assessment.start(AGENCY, running, 'a', null, now);
    expect(violatedRule(() => assessment.recordAnswers(false, now))).toBe('ASSESSMENT.FROZEN');
    const frozen = Assessment.restore({ ...assessment.snapshot(), frozen: true });
    expect(violatedRule(() => frozen.recordAnswers(true, now))).toBe('ASSESSMENT.FROZEN');
  });

  it('assertVersion_StaleIfMatch_IsRefused', () => {
    const assessment = Assessment.start(AGENCY, running, 'a', null, now);
    expect(violatedRule(() => assessment.assertVersion([2]))).toBe('ASSESSMENT.VERSION_MISMATCH');
    expect(violatedRule(() => assessment.assertVersion([1]))).toBeUndefined();
    expect(violatedRule(() => assessment.assertVersion(undefined))).toBeUndefined();
  });

  it('shareWith_OtherAgencies_MarksItAmber_AndNeverWithItself', () => {
    const assessment = Assessment.start(AGENCY, running, 'a', null, now);
    expect(assessment.shareWith([OTHER, OTHER.toUpperCase()], verified, now)).toBe(true);
    expect(assessment.snapshot().sharedWithAgencyIds).toEqual([OTHER]);
    expect(assessment.marking).toBe('TLP:AMBER');
    expect(assessment.shareWith([OTHER], verified, now)).toBe(false);
    expect(violatedRule(() => assessment.shareWith([AGENCY], verified, now))).toBe(
      'ASSESSMENT.SHARING_INVALID',
    );
    assessment.shareWith([], verified, now);
    expect(assessment.marking).toBe('TLP:AMBER+STRICT');
  });

  it('shareWith_AnAgencyThatIsUnknownOrNotVerified_IsRefusedWithSharedAgencyUnknown_AndChangesNothing', () => {
    const assessment = Assessment.start(AGENCY, running, 'a', null, now);
    expect(violatedRule(() => assessment.shareWith([OTHER], () => false, now))).toBe(
      'ASSESSMENT.SHARED_AGENCY_UNKNOWN',
    );
    expect(assessment.snapshot()).toMatchObject({ sharedWithAgencyIds: [], version: 1 });
  });

  it('shareWith_AnAgencyAlreadySharedWithThatIsNoLongerVerified_KeepsIt', () => {
    const assessment = Assessment.start(AGENCY, running, 'a', null, now);
    assessment.shareWith([OTHER], verified, now);
    expect(assessment.shareWith([OTHER], () => false, now)).toBe(false);
  });
});

describe('Assessment facts', () => {
  const answer = (subcategoryId: string, current: number): Answer => ({
    subcategoryId,
    current,
    target: 3,
    targetOverridden: false,
    targetReason: null,
    notApplicable: false,
    evidence: null,
  });

  it('start_AndSharing_RecordNoFact', () => {
    const assessment = Assessment.start(AGENCY, running, 'admin', null, now);
    assessment.shareWith([OTHER], verified, now);
    expect(assessment.recordedEvents).toEqual([]);
  });

  it('recordAnswers_RecordsATargetReachedFactPerSubcategoryCrossingToItsTarget_WithTheStateAfterTheChange', () => {
    const assessment = Assessment.start(AGENCY, running, 'admin', null, now);
    const answeredAt = new Date('2030-01-02T03:04:05Z');
    assessment.recordAnswers(true, answeredAt, {
      before: new Map([['B', answer('B', 3)]]),
      after: [answer('A', 3), answer('B', 4), answer('C', 2)],
    });
    const facts = assessment.pullRecordedEvents();
    expect(facts).toEqual([new ProfileTargetReached(assessment.snapshot(), answer('A', 3))]);
    expect((facts[0] as ProfileTargetReached).assessment).toMatchObject({
      version: 2,
      updatedAt: answeredAt,
    });
  });

  it('recordAnswers_WithoutAnswers_OnlyBumpsTheVersion', () => {
    const assessment = Assessment.start(AGENCY, running, 'admin', null, now);
    assessment.recordAnswers(true, now);
    expect(assessment.snapshot().version).toBe(2);
    expect(assessment.recordedEvents).toEqual([]);
  });

  it('submit_RecordsAssessmentSubmittedWithTheAnsweredCountAndWho', () => {
    const assessment = Assessment.start(AGENCY, running, 'admin', null, now);
    assessment.submit('alice', 7, true, now);
    expect(assessment.pullRecordedEvents()).toEqual([
      new AssessmentSubmitted(assessment.snapshot(), 7, 'alice'),
    ]);
    expect(assessment.snapshot()).toMatchObject({ status: 'SUBMITTED', version: 2 });
  });

  it('review_RecordsAssessmentReviewedWithTheAnsweredCountAndWho', () => {
    const assessment = Assessment.start(AGENCY, running, 'admin', null, now);
    assessment.submit('alice', 2, true, now);
    assessment.pullRecordedEvents();
    assessment.review('olga', 'ok', 2, now);
    expect(assessment.pullRecordedEvents()).toEqual([
      new AssessmentReviewed(assessment.snapshot(), 2, 'olga'),
    ]);
  });

  it('aRefusedChange_RecordsNothing', () => {
    const assessment = Assessment.start(AGENCY, running, 'admin', null, now);
    expect(violatedRule(() => assessment.submit('alice', 0, true, now))).toBe('ASSESSMENT.NOTHING_ANSWERED');
    expect(violatedRule(() => assessment.review('olga', null, 0, now))).toBe('ASSESSMENT.NOT_SUBMITTED');
    expect(
      violatedRule(() =>
        assessment.recordAnswers(false, new Date(), { before: new Map(), after: [answer('A', 3)] }),
      ),
    ).toBe('ASSESSMENT.FROZEN');
    expect(assessment.recordedEvents).toEqual([]);
  });
});

describe('answer sheet', () => {
  it('validAnswers_TakesTheCampaignTargetUnlessOverriddenWithAReason', () => {
    const answers = validAnswers(
      [
        { subcategoryId: 'GV.OC-01', current: 1 },
        { subcategoryId: 'PR.AA-01', current: 2, target: 4, targetReason: ' regulator asks ', evidence: ' ' },
        { subcategoryId: 'PR.AA-02', current: 0, target: 2 },
      ],
      context,
    );
    expect(answers).toEqual([
      {
        subcategoryId: 'GV.OC-01',
        current: 1,
        target: 3,
        targetOverridden: false,
        targetReason: null,
        notApplicable: false,
        evidence: null,
      },
      {
        subcategoryId: 'PR.AA-01',
        current: 2,
        target: 4,
        targetOverridden: true,
        targetReason: 'regulator asks',
        notApplicable: false,
        evidence: null,
      },
      {
        subcategoryId: 'PR.AA-02',
        current: 0,
        target: 2,
        targetOverridden: false,
        targetReason: null,
        notApplicable: false,
        evidence: null,
      },
    ]);
  });

  it.each([
    [[{ subcategoryId: 'XX.YY-01', current: 1 }]],
    [[{ subcategoryId: 'GV.OC-01', current: 5 }]],
    [[{ subcategoryId: 'GV.OC-01', current: -1 }]],
    [[{ subcategoryId: 'GV.OC-01', current: 1.5 }]],
    [[{ subcategoryId: 'GV.OC-01', current: 1, target: 0, targetReason: 'x' }]],
    [[{ subcategoryId: 'GV.OC-01', current: 1, target: 4 }]],
    [
      [
        { subcategoryId: 'GV.OC-01', current: 1 },
        { subcategoryId: 'GV.OC-01', current: 2 },
      ],
    ],
  ])('validAnswers_%j_IsRefused', (answers) => {
    expect(violatedRule(() => validAnswers(answers, context))).toBe('ASSESSMENT.ANSWERS_INVALID');
  });

  it('targetsReached_OnlyOnTheCrossingFromBelowToTarget', () => {
    const answer = (subcategoryId: string, current: number, notApplicable = false): Answer => ({
      subcategoryId,
      current,
      target: 3,
      targetOverridden: false,
      targetReason: null,
      notApplicable,
      evidence: null,
    });
    const before = new Map([
      ['A', answer('A', 2)],
      ['B', answer('B', 3)],
      ['C', answer('C', 3, true)],
    ]);
    const after = [
      answer('A', 3),
      answer('B', 4),
      answer('C', 3),
      answer('D', 4),
      answer('E', 1),
      answer('F', 4, true),
    ];
    expect(targetsReached(before, after).map((a) => a.subcategoryId)).toEqual(['A', 'C', 'D']);
  });
});
