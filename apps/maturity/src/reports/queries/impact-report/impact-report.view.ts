import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'ImpactGroup' })
export class ImpactGroupView {
  @ApiProperty({ type: 'integer', description: 'agencies that answered it as applicable in both campaigns' })
  agencies: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'mean change in current tier (later − baseline)',
  })
  meanChange: number | null;
}

@ApiSchema({ name: 'ImpactComparison' })
export class ImpactComparisonView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'null: all covered subcategories pooled per agency',
  })
  subcategoryId: string | null;
  @ApiProperty({ type: ImpactGroupView }) attended: ImpactGroupView;
  @ApiProperty({ type: ImpactGroupView }) notAttended: ImpactGroupView;
  @ApiProperty({ enum: ['COMPARABLE', 'TOO_FEW_AGENCIES'] }) verdict: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'attended − not attended; null when too few to compare',
  })
  difference: number | null;
}

/** Whether agencies that attended a session moved more than those that did not, on what it covered. */
@ApiSchema({ name: 'ImpactReport' })
export class ImpactReportView {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ format: 'uuid' }) baselineCampaignId: string;
  @ApiProperty({ type: 'integer' }) attendingAgencies: number;
  @ApiProperty({ type: 'integer', description: 'each side needs this many agencies to compare' })
  minimumGroupSize: number;
  @ApiProperty({ type: ImpactComparisonView }) overall: ImpactComparisonView;
  @ApiProperty({ type: [ImpactComparisonView] }) subcategories: ImpactComparisonView[];
  @ApiProperty({ type: [String], description: 'what the comparison cannot tell' }) caveats: string[];
}
