import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './cursor-pagination';

/** `?limit=&cursor=` of every list; extend it with the list's own filters. */
export class PageQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    default: DEFAULT_PAGE_LIMIT,
    description: `capped at ${MAX_PAGE_LIMIT}`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  cursor?: string;
}
