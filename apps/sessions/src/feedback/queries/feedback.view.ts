import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { FeedbackState } from '../domain/feedback.aggregate';

@ApiSchema({ name: 'Feedback' })
export class FeedbackView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  rating: number;

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;
}

@ApiSchema({ name: 'RatingDistribution' })
export class RatingDistributionView {
  @ApiProperty({ type: 'integer' }) '1': number;
  @ApiProperty({ type: 'integer' }) '2': number;
  @ApiProperty({ type: 'integer' }) '3': number;
  @ApiProperty({ type: 'integer' }) '4': number;
  @ApiProperty({ type: 'integer' }) '5': number;
}

@ApiSchema({ name: 'FeedbackSummary' })
export class FeedbackSummaryView {
  @ApiProperty({ type: 'integer' })
  count: number;

  @ApiProperty({
    type: 'number',
    nullable: true,
    example: 4.33,
    description: 'mean rating, 2 decimals; null without feedback',
  })
  average: number | null;

  @ApiProperty({ type: RatingDistributionView, description: 'how many gave each rating' })
  distribution: RatingDistributionView;
}

export function toFeedbackView(f: Readonly<FeedbackState>): FeedbackView {
  return {
    id: f.id,
    sessionId: f.sessionId,
    rating: f.rating,
    comment: f.comment,
    submittedAt: f.submittedAt.toISOString(),
  };
}
