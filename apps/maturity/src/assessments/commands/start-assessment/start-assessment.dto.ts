import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class StartAssessmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  campaignId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'an earlier assessment of the agency whose answers carry forward',
  })
  @IsOptional()
  @IsUUID()
  copyFrom?: string;
}
