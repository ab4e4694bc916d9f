import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { ProgressRow } from '../../infrastructure/campaign-progress.reader';

/** One agency of the campaign's audience and how far its assessment is. */
@ApiSchema({ name: 'CampaignProgress' })
export class CampaignProgressView {
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty() name: string;
  @ApiProperty() acronym: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assessmentId: string | null;
  @ApiProperty({ enum: ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'REVIEWED'] }) status: string;
  @ApiProperty({ type: 'integer' }) answered: number;
  @ApiProperty({ type: 'integer', description: "the framework's subcategories" }) subcategories: number;
  @ApiProperty({ description: 'answered / subcategories, 0 to 1 (two decimals)' }) answeredShare: number;
}

export function toProgressView(r: ProgressRow): CampaignProgressView {
  return {
    agencyId: r.agencyId,
    name: r.name,
    acronym: r.acronym,
    assessmentId: r.assessmentId,
    status: r.status,
    answered: r.answered,
    subcategories: r.subcategories,
    answeredShare: r.subcategories === 0 ? 0 : Math.round((r.answered / r.subcategories) * 100) / 100,
  };
}
