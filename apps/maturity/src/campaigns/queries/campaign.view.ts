import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { CampaignState } from '../domain/campaign.aggregate';

@ApiSchema({ name: 'CampaignAudience' })
export class CampaignAudienceView {
  @ApiProperty({ enum: ['ALL', 'TIERS', 'SECTORS', 'AGENCIES'] }) kind: string;
  @ApiProperty({ type: [String] }) values: string[];
}

@ApiSchema({ name: 'CampaignTargets' })
export class CampaignTargetsView {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 }) default: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { GV: 3 } })
  byFunction: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { 'PR.AA-01': 4 } })
  bySubcategory: Record<string, number>;
}

/** A maturity campaign. */
@ApiSchema({ name: 'Campaign' })
export class CampaignView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'nist-csf-2.0' }) frameworkId: string;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ type: [String], description: 'the sessions it follows up' }) sessionIds: string[];
  @ApiProperty({ type: CampaignAudienceView }) audience: CampaignAudienceView;
  @ApiProperty({ type: CampaignTargetsView }) targets: CampaignTargetsView;
  @ApiProperty({ enum: ['OPEN', 'CLOSED'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toCampaignView(s: Readonly<CampaignState>): CampaignView {
  return {
    id: s.id,
    name: s.name,
    frameworkId: s.frameworkId,
    opensAt: s.opensAt.toISOString(),
    closesAt: s.closesAt.toISOString(),
    sessionIds: [...s.sessionIds],
    audience: { kind: s.audience.kind, values: [...s.audience.values] },
    targets: {
      default: s.targets.default,
      byFunction: { ...s.targets.byFunction },
      bySubcategory: { ...s.targets.bySubcategory },
    },
    status: s.status,
    closedAt: s.closedAt?.toISOString() ?? null,
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
