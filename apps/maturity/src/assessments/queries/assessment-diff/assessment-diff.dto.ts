import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AssessmentDiffDto {
  @ApiProperty({ format: 'uuid', description: 'the assessment to compare against (e.g. the baseline)' })
  @IsUUID()
  against: string;
}
