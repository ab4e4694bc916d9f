import { codeOf } from '../../../../test/in-memory-campaigns.fixture';
import {
  AGENCY,
  givenCampaign,
  inMemoryAssessments,
  person,
} from '../../../../test/in-memory-assessments.fixture';
import { RecordAnswersCommand } from '../record-answers/record-answers.command';
import { StartAssessmentCommand } from '../start-assessment/start-assessment.command';
import { SubmitAssessmentCommand } from './submit-assessment.command';

const admin = person('alice', { role: 'agency-admin' });

async function drafted(answers: { subcategoryId: string; current: number }[]) {
  const ports = inMemoryAssessments();
  const campaign = givenCampaign(ports.campaigns);
  const { body } = await ports.start.execute(
    new StartAssessmentCommand(AGENCY, campaign.id, undefined, admin),
  );
  if (answers.length > 0) await ports.record.execute(new RecordAnswersCommand(body.id, answers, [1], admin));
  return { ...ports, assessmentId: body.id, campaign };
}

describe('SubmitAssessmentHandler', () => {
  it('Submit_ADraftWithAnswers_RecordsTheSubmittedFact_PublishedAsAssessmentSubmittedWithTheAnsweredCount', async () => {
    const { submit, assessments, unitOfWork, assessmentId, campaign } = await drafted([
      { subcategoryId: 'GV.OC-01', current: 1 },
      { subcategoryId: 'ID.AM-01', current: 0 },
    ]);
    const view = await submit.execute(new SubmitAssessmentCommand(assessmentId, [2], admin));
    expect(view).toMatchObject({ status: 'SUBMITTED', submittedBy: 'alice', version: 3, answered: 2 });
    const saved = assessments.rows.get(assessmentId)!;
    expect(saved).toMatchObject({ status: 'SUBMITTED', version: 3 });
    expect(unitOfWork.published).toEqual([
      {
        type: 'csg.maturity.assessment.submitted.v1',
        key: AGENCY,
        data: {
          assessmentId,
          agencyId: AGENCY,
          campaignId: campaign.id,
          frameworkId: 'nist-csf-2.0',
          status: 'SUBMITTED',
          answered: 2,
          actorSub: 'alice',
          sharedWithAgencyIds: [],
          tlp: 'TLP:AMBER+STRICT',
          version: 3,
          occurredAt: saved.updatedAt.toISOString(),
        },
      },
    ]);
  });

  it('Submit_OverAStaleIfMatch_IsRefusedWithVersionMismatchAndPublishesNothing', async () => {
    const { submit, assessments, unitOfWork, assessmentId } = await drafted([
      { subcategoryId: 'GV.OC-01', current: 1 },
    ]);
    expect(await codeOf(submit.execute(new SubmitAssessmentCommand(assessmentId, [1], admin)))).toBe(
      'ASSESSMENT.VERSION_MISMATCH',
    );
    expect(assessments.rows.get(assessmentId)).toMatchObject({ status: 'DRAFT', version: 2 });
    expect(unitOfWork.published).toEqual([]);
  });

  it('Submit_WithNothingAnswered_IsRefusedWithNothingAnswered', async () => {
    const { submit, unitOfWork, assessmentId } = await drafted([]);
    expect(await codeOf(submit.execute(new SubmitAssessmentCommand(assessmentId, undefined, admin)))).toBe(
      'ASSESSMENT.NOTHING_ANSWERED',
    );
    expect(unitOfWork.published).toEqual([]);
  });

  it('Submit_Twice_IsRefusedWithNotDraft_AndPublishesOnce', async () => {
    const { submit, unitOfWork, assessmentId } = await drafted([{ subcategoryId: 'GV.OC-01', current: 1 }]);
    await submit.execute(new SubmitAssessmentCommand(assessmentId, undefined, admin));
    expect(await codeOf(submit.execute(new SubmitAssessmentCommand(assessmentId, undefined, admin)))).toBe(
      'ASSESSMENT.NOT_DRAFT',
    );
    expect(unitOfWork.published).toHaveLength(1);
  });

  it('Submit_ByAMemberWhoIsNotAdmin_IsRefusedWithNotAgencyAdmin', async () => {
    const { submit, assessmentId } = await drafted([{ subcategoryId: 'GV.OC-01', current: 1 }]);
    expect(
      await codeOf(
        submit.execute(
          new SubmitAssessmentCommand(assessmentId, undefined, person('bob', { role: 'member' })),
        ),
      ),
    ).toBe('ASSESSMENT.NOT_AGENCY_ADMIN');
  });
});
