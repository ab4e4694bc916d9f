import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { RecommendationRow } from '../../infrastructure/recommendation.reader';

@ApiSchema({ name: 'RecommendedGap' })
export class RecommendedGapView {
  @ApiProperty() subcategoryId: string;
  @ApiProperty({ type: 'integer' }) current: number;
  @ApiProperty({ type: 'integer' }) target: number;
  @ApiProperty({ type: 'integer' }) gap: number;
  @ApiProperty() priority: number;
}

/** A published practice that covers one of the agency's gaps. */
@ApiSchema({ name: 'Recommendation' })
export class RecommendationView {
  @ApiProperty({ format: 'uuid' }) practiceId: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ enum: ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] }) tlp: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerAgencyId: string | null;
  @ApiProperty({ type: RecommendedGapView, description: 'the largest gap it addresses' })
  addresses: RecommendedGapView;
  @ApiProperty({ type: 'integer', description: "how many of the assessment's gaps it covers" })
  coveredGaps: number;
  @ApiProperty({ type: 'integer', description: 'agencies that said they adopted it' }) adoptions: number;
  @ApiProperty() reason: string;
}

@ApiSchema({ name: 'Recommendations' })
export class RecommendationsView {
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ type: [RecommendationView] }) items: RecommendationView[];
}

export function toRecommendationView(r: RecommendationRow): RecommendationView {
  const agencies = r.adoptions === 1 ? '1 agency' : `${r.adoptions} agencies`;
  return {
    practiceId: r.practiceId,
    title: r.title,
    tlp: r.tlp,
    ownerAgencyId: r.ownerAgencyId,
    addresses: {
      subcategoryId: r.subcategoryId,
      current: r.current,
      target: r.target,
      gap: r.gap,
      priority: r.priority,
    },
    coveredGaps: r.coveredGaps,
    adoptions: r.adoptions,
    reason: `Covers ${r.subcategoryId} (tier ${r.current} of ${r.target})${r.coveredGaps > 1 ? ` and ${r.coveredGaps - 1} more of your gaps` : ''}; adopted by ${agencies}.`,
  };
}
