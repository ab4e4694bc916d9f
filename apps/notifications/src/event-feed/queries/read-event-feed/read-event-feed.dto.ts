import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `GET /events?after=&types=&limit=` */
export class ReadEventFeedDto {
  @ApiPropertyOptional({
    description: 'nextCursor of the previous read (opaque); absent: from the beginning',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @ApiPropertyOptional({ description: "comma-separated event types (within the key's scopes)" })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  types?: string;

  @ApiPropertyOptional({ minimum: 1, default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  limit?: number;
}

/** `?types=a,b`: the event types asked for (blank entries dropped); absent: every type of the key. */
export function requestedTypes(query: ReadEventFeedDto): string[] | undefined {
  return query.types
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
