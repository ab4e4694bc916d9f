import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateIf, ValidateNested } from 'class-validator';
import { AGENDA_ITEM_KINDS } from '@csg/contracts';
import { SafeText, IsoInstant } from '@csg/http';
import { CsfReferences, SpeakerDto } from '../add-agenda-item/add-agenda-item.dto';

const given = (_: object, value: unknown) => value !== undefined;
const present = (_: object, value: unknown) => value !== undefined && value !== null;

/** The fields to change; absent fields stay; `abstract` and `track` can be cleared with null. */
export class ChangeAgendaItemDto {
  @ApiPropertyOptional({ enum: AGENDA_ITEM_KINDS })
  @ValidateIf(given)
  @IsIn(AGENDA_ITEM_KINDS)
  kind?: (typeof AGENDA_ITEM_KINDS)[number];

  @ApiPropertyOptional()
  @ValidateIf(given)
  @SafeText(2, 200)
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf(present)
  @SafeText(0, 5_000, { multiline: true })
  abstract?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @IsoInstant()
  startsAt?: string;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @IsoInstant()
  endsAt?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf(present)
  @SafeText(1, 100)
  track?: string | null;

  @ApiPropertyOptional({ type: [SpeakerDto] })
  @ValidateIf(given)
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SpeakerDto)
  speakers?: SpeakerDto[];

  @ApiPropertyOptional({ type: [String] })
  @ValidateIf(given)
  @CsfReferences()
  frameworkRefs?: string[];
}
