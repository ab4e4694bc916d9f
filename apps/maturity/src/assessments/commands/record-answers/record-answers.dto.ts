import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SafeText } from '@csg/http';
import { MAX_ANSWERS_PER_REQUEST } from '../../domain/answer-sheet.rule';

export class AnswerDto {
  @ApiProperty({ example: 'GV.OC-01' })
  @SafeText(1, 64)
  subcategoryId: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 4 })
  @IsInt()
  @Min(0)
  @Max(4)
  current: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 4,
    description: "overrides the campaign's target (needs targetReason)",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  target?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @SafeText(1, 1_000, { multiline: true })
  targetReason?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  notApplicable?: boolean;

  @ApiPropertyOptional({ description: 'a note on what shows the tier (no attachments)' })
  @IsOptional()
  @SafeText(1, 4_000, { multiline: true })
  evidence?: string;
}

export class RecordAnswersDto {
  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMaxSize(MAX_ANSWERS_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers: AnswerDto[];
}
