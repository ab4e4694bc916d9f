import { codeOf } from '../../../../test/in-memory-campaigns.fixture';
import {
  AGENCY,
  givenCampaign,
  inMemoryAssessments,
  OTHER_AGENCY,
  person,
} from '../../../../test/in-memory-assessments.fixture';
import { RecordAnswersCommand } from '../record-answers/record-answers.command';
import { StartAssessmentCommand } from '../start-assessment/start-assessment.command';
import { SubmitAssessmentCommand } from '../submit-assessment/submit-assessment.command';
import { ReviewAssessmentCommand } from './review-assessment.command';

/** The time every change in this file happens at. */
const now = new Date();

const admin = person('alice', { role: 'agency-admin' });
const organiser = person('olga', undefined, ['organiser']);

async function started(submitted: boolean) {
  const ports = inMemoryAssessments();
  const campaign = givenCampaign(ports.campaigns);
  const { body } = await ports.start.execute(
    new StartAssessmentCommand(AGENCY, campaign.id, undefined, admin),
  );
  const answers = [
    { subcategoryId: 'GV.OC-01', current: 1 },
    { subcategoryId: 'PR.AA-01', current: 1 },
  ];
  await ports.record.execute(new RecordAnswersCommand(body.id, answers, [1], admin));
  if (submitted) await ports.submit.execute(new SubmitAssessmentCommand(body.id, [2], admin));
  return { ...ports, assessmentId: body.id };
}

describe('ReviewAssessmentHandler', () => {
  it('Review_ASubmittedAssessment_RecordsTheReviewedFact_PublishedAsAssessmentReviewedWithTheAnsweredCount', async () => {
    const { review, unitOfWork, assessmentId } = await started(true);
    const view = await review.execute(new ReviewAssessmentCommand(assessmentId, '  looks fine ', organiser));
    expect(view).toMatchObject({
      status: 'REVIEWED',
      reviewedBy: 'olga',
      reviewComment: 'looks fine',
      version: 4,
    });
    expect(unitOfWork.published.at(-1)).toEqual({
      type: 'csg.maturity.assessment.reviewed.v1',
      key: AGENCY,
      data: expect.objectContaining({
        assessmentId,
        status: 'REVIEWED',
        answered: 2,
        actorSub: 'olga',
        tlp: 'TLP:AMBER+STRICT',
        version: 4,
      }),
    });
  });

  it('Review_AfterTheCampaignClosed_IsStillAccepted', async () => {
    const { review, campaigns, assessments, assessmentId } = await started(true);
    const campaign = (await campaigns.findById(assessments.rows.get(assessmentId)!.campaignId))!;
    campaign.close(1, now);
    campaigns.given(campaign);
    expect(
      await review.execute(new ReviewAssessmentCommand(assessmentId, undefined, organiser)),
    ).toMatchObject({
      status: 'REVIEWED',
      reviewComment: null,
    });
  });

  it('Review_ADraft_IsRefusedWithNotSubmittedAndPublishesNothingMore', async () => {
    const { review, unitOfWork, assessmentId } = await started(false);
    const before = unitOfWork.published.length;
    expect(await codeOf(review.execute(new ReviewAssessmentCommand(assessmentId, 'x', organiser)))).toBe(
      'ASSESSMENT.NOT_SUBMITTED',
    );
    expect(unitOfWork.published).toHaveLength(before);
  });

  it('Review_ByACallerWhoCannotReadTheAssessment_AnswersNotFound', async () => {
    const { review, assessmentId } = await started(true);
    const outsider = person('eve', { agencyId: OTHER_AGENCY, role: 'agency-admin' });
    expect(await codeOf(review.execute(new ReviewAssessmentCommand(assessmentId, 'x', outsider)))).toBe(
      'ASSESSMENT.NOT_FOUND',
    );
  });
});
