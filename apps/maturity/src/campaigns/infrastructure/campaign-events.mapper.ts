import type { CampaignClosedData, CampaignOpenedData } from '@csg/contracts';
import type { CampaignState } from '../domain/campaign.aggregate';

export function campaignOpenedData(s: Readonly<CampaignState>): CampaignOpenedData {
  return {
    campaignId: s.id,
    name: s.name,
    frameworkId: s.frameworkId,
    opensAt: s.opensAt.toISOString(),
    closesAt: s.closesAt.toISOString(),
    sessionIds: [...s.sessionIds],
    audience: { kind: s.audience.kind, values: [...s.audience.values] },
    tlp: 'TLP:GREEN',
    version: s.version,
    occurredAt: s.updatedAt.toISOString(),
  };
}

export function campaignClosedData(
  s: Readonly<CampaignState>,
  frozenAssessments: number,
): CampaignClosedData {
  return {
    campaignId: s.id,
    name: s.name,
    frameworkId: s.frameworkId,
    frozenAssessments,
    tlp: 'TLP:GREEN',
    version: s.version,
    occurredAt: s.updatedAt.toISOString(),
  };
}
