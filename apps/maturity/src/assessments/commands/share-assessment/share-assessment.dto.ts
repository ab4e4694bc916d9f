import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { MAX_SHARED_AGENCIES } from '../../domain/assessment.aggregate';

export class ShareAssessmentDto {
  @ApiProperty({
    type: [String],
    description:
      'the agencies whose members may read it (TLP:AMBER); empty: only the agency (TLP:AMBER+STRICT)',
  })
  @IsArray()
  @ArrayMaxSize(MAX_SHARED_AGENCIES)
  @IsUUID('all', { each: true })
  sharedWithAgencyIds: string[];
}
