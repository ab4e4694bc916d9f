import { codeOf } from '../../../../test/in-memory-campaigns.fixture';
import {
  AGENCY,
  givenCampaign,
  inMemoryAssessments,
  OTHER_AGENCY,
  person,
} from '../../../../test/in-memory-assessments.fixture';
import { StartAssessmentCommand } from '../start-assessment/start-assessment.command';
import { ShareAssessmentCommand } from './share-assessment.command';

const admin = person('alice', { role: 'agency-admin' });
const otherMember = person('bob', { agencyId: OTHER_AGENCY, role: 'member' });

async function started() {
  const ports = inMemoryAssessments();
  const campaign = givenCampaign(ports.campaigns);
  const { body } = await ports.start.execute(
    new StartAssessmentCommand(AGENCY, campaign.id, undefined, admin),
  );
  return { ...ports, assessmentId: body.id };
}

describe('ShareAssessmentHandler', () => {
  it('Share_WithAnotherAgency_MarksItAmberBumpsTheVersionLetsItsMembersReadItAndPublishesNothing', async () => {
    const { share, views, unitOfWork, assessmentId } = await started();
    expect(await views.isReadable(otherMember, assessmentId)).toBe(false);
    const view = await share.execute(
      new ShareAssessmentCommand(assessmentId, [OTHER_AGENCY.toUpperCase()], [1], admin),
    );
    expect(view).toMatchObject({ sharedWithAgencyIds: [OTHER_AGENCY], tlp: 'TLP:AMBER', version: 2 });
    expect(await views.isReadable(otherMember, assessmentId)).toBe(true);
    expect(unitOfWork.published).toEqual([]);
  });

  it('Share_WithTheAgenciesItIsAlreadySharedWith_ChangesNothing', async () => {
    const { share, assessmentId } = await started();
    await share.execute(new ShareAssessmentCommand(assessmentId, [OTHER_AGENCY], [1], admin));
    expect(
      await share.execute(new ShareAssessmentCommand(assessmentId, [OTHER_AGENCY], [2], admin)),
    ).toMatchObject({
      version: 2,
    });
  });

  it('Share_WithAnAgencyTheDirectoryDoesNotKnowAsVerified_IsRefusedWithSharedAgencyUnknown', async () => {
    const { share, verifiedAgencies, assessmentId } = await started();
    verifiedAgencies.unverify(OTHER_AGENCY);
    expect(
      await codeOf(share.execute(new ShareAssessmentCommand(assessmentId, [OTHER_AGENCY], [1], admin))),
    ).toBe('ASSESSMENT.SHARED_AGENCY_UNKNOWN');
  });

  it('Share_WithItsOwnAgency_IsRefusedWithSharingInvalid', async () => {
    const { share, assessmentId } = await started();
    expect(await codeOf(share.execute(new ShareAssessmentCommand(assessmentId, [AGENCY], [1], admin)))).toBe(
      'ASSESSMENT.SHARING_INVALID',
    );
  });

  it('Share_OverAStaleIfMatch_IsRefusedWithVersionMismatch', async () => {
    const { share, assessmentId } = await started();
    expect(
      await codeOf(share.execute(new ShareAssessmentCommand(assessmentId, [OTHER_AGENCY], [7], admin))),
    ).toBe('ASSESSMENT.VERSION_MISMATCH');
  });

  it('Share_ByAMemberWhoIsNotAdmin_IsRefusedWithNotAgencyAdmin', async () => {
    const { share, assessmentId } = await started();
    expect(
      await codeOf(
        share.execute(
          new ShareAssessmentCommand(
            assessmentId,
            [OTHER_AGENCY],
            undefined,
            person('m', { role: 'member' }),
          ),
        ),
      ),
    ).toBe('ASSESSMENT.NOT_AGENCY_ADMIN');
  });
});
