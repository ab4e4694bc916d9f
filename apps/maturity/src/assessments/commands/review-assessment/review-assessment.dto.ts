import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { SafeText } from '@csg/http';

export class ReviewAssessmentDto {
  @ApiPropertyOptional({ description: "the organiser's comment for the agency" })
  @IsOptional()
  @SafeText(1, 4_000, { multiline: true })
  comment?: string;
}
