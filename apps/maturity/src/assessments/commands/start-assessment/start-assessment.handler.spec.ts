import { codeOf } from '../../../../test/in-memory-campaigns.fixture';
import {
  AGENCY,
  givenCampaign,
  inMemoryAssessments,
  OTHER_AGENCY,
  person,
} from '../../../../test/in-memory-assessments.fixture';
import { RecordAnswersCommand } from '../record-answers/record-answers.command';
import { StartAssessmentCommand } from './start-assessment.command';

const admin = person('alice', { role: 'agency-admin' });
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('StartAssessmentHandler', () => {
  it('Start_InARunningCampaignOfTheAgencysAudience_SavesADraftAtVersion1AndPublishesNothing', async () => {
    const ports = inMemoryAssessments();
    const campaign = givenCampaign(ports.campaigns);
    const { body, replayed } = await ports.start.execute(
      new StartAssessmentCommand(AGENCY, campaign.id, undefined, admin),
    );
    expect(replayed).toBe(false);
    expect(body).toMatchObject({
      agencyId: AGENCY,
      campaignId: campaign.id,
      status: 'DRAFT',
      version: 1,
      tlp: 'TLP:AMBER+STRICT',
      answers: [],
    });
    expect(ports.assessments.rows.get(body.id)).toMatchObject({ createdBy: 'alice', copiedFromId: null });
    expect(ports.unitOfWork.published).toEqual([]);
  });

  it('Start_ForAnAgencyOutsideTheCampaignsAudience_IsRefusedWithAgencyNotInAudienceAndSavesNothing', async () => {
    const ports = inMemoryAssessments();
    const campaign = givenCampaign(ports.campaigns);
    ports.audiences.exclude(campaign.id, AGENCY);
    expect(
      await codeOf(ports.start.execute(new StartAssessmentCommand(AGENCY, campaign.id, undefined, admin))),
    ).toBe('ASSESSMENT.AGENCY_NOT_IN_AUDIENCE');
    expect(ports.assessments.rows.size).toBe(0);
  });

  it.each([
    ['NotOpenYet', 'upcoming'],
    ['Closed', 'closed'],
  ] as const)('Start_WhenTheCampaignIs%s_IsRefusedWithCampaignNotRunning', async (_, window) => {
    const ports = inMemoryAssessments();
    const campaign = givenCampaign(ports.campaigns, window);
    expect(
      await codeOf(ports.start.execute(new StartAssessmentCommand(AGENCY, campaign.id, undefined, admin))),
    ).toBe('ASSESSMENT.CAMPAIGN_NOT_RUNNING');
    expect(ports.assessments.rows.size).toBe(0);
  });

  it('Start_InAnUnknownCampaign_AnswersCampaignNotFound', async () => {
    const ports = inMemoryAssessments();
    expect(
      await codeOf(ports.start.execute(new StartAssessmentCommand(AGENCY, UNKNOWN, undefined, admin))),
    ).toBe('CAMPAIGN.NOT_FOUND');
  });

  it('Start_CopyingFromNoAssessmentOrAnotherAgencysOne_IsRefusedWithCopySourceInvalid', async () => {
    const ports = inMemoryAssessments();
    const first = givenCampaign(ports.campaigns);
    const other = await ports.start.execute(
      new StartAssessmentCommand(
        OTHER_AGENCY,
        first.id,
        undefined,
        person('bob', { agencyId: OTHER_AGENCY, role: 'agency-admin' }),
      ),
    );
    const second = givenCampaign(ports.campaigns);
    for (const copyFrom of [UNKNOWN, other.body.id]) {
      expect(
        await codeOf(ports.start.execute(new StartAssessmentCommand(AGENCY, second.id, copyFrom, admin))),
      ).toBe('ASSESSMENT.COPY_SOURCE_INVALID');
    }
  });

  it('Start_CopyingTheAgencysEarlierAssessment_CarriesItsAnswersForward', async () => {
    const ports = inMemoryAssessments();
    const first = givenCampaign(ports.campaigns);
    const earlier = await ports.start.execute(new StartAssessmentCommand(AGENCY, first.id, undefined, admin));
    await ports.record.execute(
      new RecordAnswersCommand(earlier.body.id, [{ subcategoryId: 'GV.OC-01', current: 2 }], [1], admin),
    );
    const second = givenCampaign(ports.campaigns);
    const { body } = await ports.start.execute(
      new StartAssessmentCommand(AGENCY, second.id, earlier.body.id, admin),
    );
    expect(body).toMatchObject({ copiedFromId: earlier.body.id, answered: 1, version: 1 });
    expect(body.answers).toEqual([expect.objectContaining({ subcategoryId: 'GV.OC-01', current: 2 })]);
  });
});
