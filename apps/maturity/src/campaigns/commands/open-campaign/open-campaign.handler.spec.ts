import { codeOf, inMemoryCampaigns } from '../../../../test/in-memory-campaigns.fixture';
import { CloseCampaignCommand } from '../close-campaign/close-campaign.command';
import { CloseCampaignHandler } from '../close-campaign/close-campaign.handler';
import { OpenCampaignCommand } from './open-campaign.command';
import { OpenCampaignHandler } from './open-campaign.handler';

const DAY = 86_400_000;
const details = (frameworkId = 'nist-csf-2.0') => ({
  name: 'Baseline',
  frameworkId,
  opensAt: new Date(Date.now() - DAY),
  closesAt: new Date(Date.now() + DAY),
  audience: { kind: 'ALL' as const },
  targets: { default: 2, byFunction: { GV: 3 } },
});

describe('OpenCampaignHandler and CloseCampaignHandler', () => {
  const setup = () => {
    const ports = inMemoryCampaigns();
    return {
      ...ports,
      open: new OpenCampaignHandler(ports.unitOfWork, ports.campaigns, ports.frameworks, ports.clock),
      close: new CloseCampaignHandler(ports.unitOfWork, ports.campaigns, ports.assessments, ports.clock),
    };
  };

  it('Open_OnAKnownFramework_SavesItAndPublishesCampaignOpenedMarkedGreen', async () => {
    const { open, campaigns, unitOfWork } = setup();
    const { body } = await open.execute(new OpenCampaignCommand(details(), 'org'));
    expect(campaigns.rows.get(body.id)).toMatchObject({ status: 'OPEN', version: 1, openedBy: 'org' });
    expect(unitOfWork.published).toEqual([
      expect.objectContaining({
        type: 'csg.maturity.campaign.opened.v1',
        key: body.id,
        data: expect.objectContaining({ campaignId: body.id, tlp: 'TLP:GREEN' }),
      }),
    ]);
  });

  it('Open_OnAnUnknownFramework_AnswersFrameworkUnknownAndPublishesNothing', async () => {
    const { open, campaigns, unitOfWork } = setup();
    expect(await codeOf(open.execute(new OpenCampaignCommand(details('nope'), 'org')))).toBe(
      'CAMPAIGN.FRAMEWORK_UNKNOWN',
    );
    expect(campaigns.rows.size).toBe(0);
    expect(unitOfWork.published).toEqual([]);
  });

  it('Close_FreezesItsAssessmentsAndPublishesCampaignClosedWithTheCount_ThenRefusesASecondClose', async () => {
    const { open, close, assessments, unitOfWork } = setup();
    const { body } = await open.execute(new OpenCampaignCommand(details(), 'org'));
    assessments.open.set(body.id, 3);
    expect(await close.execute(new CloseCampaignCommand(body.id))).toMatchObject({
      status: 'CLOSED',
      version: 2,
    });
    expect(unitOfWork.published.at(-1)).toMatchObject({
      type: 'csg.maturity.campaign.closed.v1',
      data: { frozenAssessments: 3, version: 2 },
    });
    expect(await codeOf(close.execute(new CloseCampaignCommand(body.id)))).toBe('CAMPAIGN.ALREADY_CLOSED');
    expect(unitOfWork.published).toHaveLength(2);
  });

  it('Close_AnUnknownCampaign_AnswersNotFound', async () => {
    const { close } = setup();
    expect(
      await codeOf(close.execute(new CloseCampaignCommand('00000000-0000-4000-8000-000000000000'))),
    ).toBe('CAMPAIGN.NOT_FOUND');
  });
});
