import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { SafeText } from '@csg/http';

/** `POST /practices/{id}/comments` */
export class PostCommentDto {
  @ApiProperty({ minLength: 1, maxLength: 10000 })
  @SafeText(1, 10_000, { multiline: true })
  body: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'a top-level comment of the same practice to reply to',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}
