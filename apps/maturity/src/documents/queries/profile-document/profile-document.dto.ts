import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class ProfileDocumentDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'a previous assessment of the same framework: the document adds what improved and regressed since',
  })
  @IsOptional()
  @IsUUID()
  against?: string;
}
