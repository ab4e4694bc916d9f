import { codeOf } from '../../../../test/in-memory-campaigns.fixture';
import {
  AGENCY,
  givenCampaign,
  inMemoryAssessments,
  OTHER_AGENCY,
  person,
} from '../../../../test/in-memory-assessments.fixture';
import { ShareAssessmentCommand } from '../share-assessment/share-assessment.command';
import { StartAssessmentCommand } from '../start-assessment/start-assessment.command';
import { SubmitAssessmentCommand } from '../submit-assessment/submit-assessment.command';
import { RecordAnswersCommand } from './record-answers.command';

/** The time every change in this file happens at. */
const now = new Date();

const admin = person('alice', { role: 'agency-admin' });

async function started(window: 'running' | 'closed' = 'running') {
  const ports = inMemoryAssessments();
  const campaign = givenCampaign(ports.campaigns);
  const { body } = await ports.start.execute(
    new StartAssessmentCommand(AGENCY, campaign.id, undefined, admin),
  );
  if (window === 'closed') {
    const closing = (await ports.campaigns.findById(campaign.id))!;
    closing.close(1, now);
    ports.campaigns.given(closing);
  }
  return { ...ports, assessmentId: body.id, campaignId: campaign.id };
}

describe('RecordAnswersHandler', () => {
  it('Record_ValidAnswers_StoresThemWithTheCampaignsTargetsAndBumpsTheVersion', async () => {
    const { record, answers, assessmentId } = await started();
    const view = await record.execute(
      new RecordAnswersCommand(
        assessmentId,
        [
          { subcategoryId: 'GV.OC-01', current: 1 },
          { subcategoryId: 'PR.AA-01', current: 2 },
          { subcategoryId: 'DE.CM-01', current: 0, target: 3, targetReason: 'regulator' },
        ],
        [1],
        admin,
      ),
    );
    expect(view).toMatchObject({ version: 2, answered: 3 });
    expect(
      [...answers.byAssessment.get(assessmentId)!.values()].map((a) => [a.subcategoryId, a.target]),
    ).toEqual([
      ['GV.OC-01', 3],
      ['PR.AA-01', 4],
      ['DE.CM-01', 3],
    ]);
  });

  it('Record_PublishesTargetReachedOnlyForSubcategoriesCrossingToTheirTarget', async () => {
    const { record, unitOfWork, assessmentId } = await started();
    await record.execute(
      new RecordAnswersCommand(
        assessmentId,
        [
          { subcategoryId: 'GV.OC-01', current: 3 },
          { subcategoryId: 'PR.AA-01', current: 1 },
        ],
        [1],
        admin,
      ),
    );
    expect(unitOfWork.published).toEqual([
      {
        type: 'csg.maturity.profile.target-reached.v1',
        key: AGENCY,
        data: expect.objectContaining({
          assessmentId,
          agencyId: AGENCY,
          subcategoryId: 'GV.OC-01',
          current: 3,
          target: 3,
          tlp: 'TLP:AMBER+STRICT',
        }),
      },
    ]);
    await record.execute(
      new RecordAnswersCommand(
        assessmentId,
        [
          { subcategoryId: 'GV.OC-01', current: 4 },
          { subcategoryId: 'PR.AA-01', current: 4 },
        ],
        [2],
        admin,
      ),
    );
    expect(unitOfWork.published.map((e) => e.data.subcategoryId)).toEqual(['GV.OC-01', 'PR.AA-01']);
  });

  it('Record_OnASharedAssessment_PublishesTargetReachedMarkedAmber', async () => {
    const { record, share, unitOfWork, assessmentId } = await started();
    await share.execute(new ShareAssessmentCommand(assessmentId, [OTHER_AGENCY], [1], admin));
    await record.execute(
      new RecordAnswersCommand(assessmentId, [{ subcategoryId: 'ID.AM-01', current: 2 }], [2], admin),
    );
    expect(unitOfWork.published).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ subcategoryId: 'ID.AM-01', tlp: 'TLP:AMBER' }),
      }),
    ]);
  });

  it('Record_AnUnknownSubcategory_IsRefusedWithAnswersInvalidAndChangesNothing', async () => {
    const { record, answers, assessments, unitOfWork, assessmentId } = await started();
    expect(
      await codeOf(
        record.execute(
          new RecordAnswersCommand(
            assessmentId,
            [
              { subcategoryId: 'GV.OC-01', current: 3 },
              { subcategoryId: 'XX.YY-01', current: 1 },
            ],
            [1],
            admin,
          ),
        ),
      ),
    ).toBe('ASSESSMENT.ANSWERS_INVALID');
    expect(await answers.count(assessmentId)).toBe(0);
    expect(assessments.rows.get(assessmentId)?.version).toBe(1);
    expect(unitOfWork.published).toEqual([]);
  });

  it('Record_OverAStaleIfMatch_IsRefusedWithVersionMismatch', async () => {
    const { record, assessmentId } = await started();
    expect(
      await codeOf(
        record.execute(
          new RecordAnswersCommand(assessmentId, [{ subcategoryId: 'GV.OC-01', current: 1 }], [2], admin),
        ),
      ),
    ).toBe('ASSESSMENT.VERSION_MISMATCH');
  });

  it('Record_AfterTheCampaignClosed_IsRefusedWithFrozenBeforeTheAnswersAreChecked', async () => {
    const { record, assessmentId } = await started('closed');
    expect(
      await codeOf(
        record.execute(
          new RecordAnswersCommand(assessmentId, [{ subcategoryId: 'XX.YY-01', current: 9 }], [1], admin),
        ),
      ),
    ).toBe('ASSESSMENT.FROZEN');
  });

  it('Record_OnASubmittedAssessment_IsRefusedWithNotDraft', async () => {
    const { record, submit, assessmentId } = await started();
    await record.execute(
      new RecordAnswersCommand(assessmentId, [{ subcategoryId: 'GV.OC-01', current: 1 }], [1], admin),
    );
    await submit.execute(new SubmitAssessmentCommand(assessmentId, [2], admin));
    expect(
      await codeOf(
        record.execute(
          new RecordAnswersCommand(assessmentId, [{ subcategoryId: 'GV.OC-01', current: 2 }], [3], admin),
        ),
      ),
    ).toBe('ASSESSMENT.NOT_DRAFT');
  });

  it('Record_ByAMemberWhoIsNotAdmin_IsForbidden_AndByAnotherAgency_NotFound', async () => {
    const { record, assessmentId } = await started();
    const answers = [{ subcategoryId: 'GV.OC-01', current: 1 }];
    expect(
      await codeOf(
        record.execute(
          new RecordAnswersCommand(assessmentId, answers, undefined, person('bob', { role: 'member' })),
        ),
      ),
    ).toBe('ASSESSMENT.NOT_AGENCY_ADMIN');
    const outsider = person('eve', { agencyId: OTHER_AGENCY, role: 'agency-admin' });
    expect(
      await codeOf(record.execute(new RecordAnswersCommand(assessmentId, answers, undefined, outsider))),
    ).toBe('ASSESSMENT.NOT_FOUND');
  });
});
