import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { SafeText } from '@csg/http';

export class SubmitFeedbackDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @ApiPropertyOptional({ example: 'The roadmap workshop was directly useful.' })
  @IsOptional()
  @SafeText(0, 2_000, { multiline: true })
  comment?: string;
}
