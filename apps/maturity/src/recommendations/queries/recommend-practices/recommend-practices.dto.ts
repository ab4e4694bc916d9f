import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class RecommendPracticesDto {
  @ApiPropertyOptional({ format: 'uuid', description: "default: the agency's latest assessment" })
  @IsOptional()
  @IsUUID()
  assessmentId?: string;
}
