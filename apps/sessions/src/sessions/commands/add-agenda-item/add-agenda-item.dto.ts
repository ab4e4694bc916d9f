import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, ValidateBy, ValidateNested } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { AGENDA_ITEM_KINDS } from '@csg/contracts';
import { CSF, CSF_REFERENCE_MESSAGE } from '@csg/frameworks';
import { SafeText, IsoInstant } from '@csg/http';

/** Each entry a NIST CSF 2.0 category or subcategory of the shared framework identifiers. */
export function CsfReferences(): PropertyDecorator {
  const described = JSONSchema({ type: 'array', maxItems: 50, items: { type: 'string', maxLength: 20 } });
  const validated = ValidateBy(
    {
      name: 'csfReferences',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.length <= 50 &&
          value.every((v) => typeof v === 'string' && v.length <= 20) &&
          CSF.unknown(value as string[]).length === 0,
      },
    },
    { message: CSF_REFERENCE_MESSAGE },
  );
  return (target, property) => {
    validated(target, property);
    described(target, property as string);
  };
}

export class SpeakerDto {
  @ApiProperty({ example: 'Director of Governance, Risk & Compliance' })
  @SafeText(1, 200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @SafeText(1, 200)
  title?: string;

  @ApiPropertyOptional({ example: 'National CERT' })
  @IsOptional()
  @SafeText(1, 200)
  organisation?: string;
}

export class AddAgendaItemDto {
  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  @IsIn(AGENDA_ITEM_KINDS)
  kind: (typeof AGENDA_ITEM_KINDS)[number];

  @ApiProperty({ example: 'Identifying cyber risk and aligning with national frameworks' })
  @SafeText(2, 200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @SafeText(0, 5_000, { multiline: true })
  abstract?: string;

  @ApiProperty({ example: '2026-12-10T05:00:00Z' })
  @IsoInstant()
  startsAt: string;

  @ApiProperty({ example: '2026-12-10T06:00:00Z' })
  @IsoInstant()
  endsAt: string;

  @ApiPropertyOptional({ description: 'items of one track do not overlap; omit for the main track' })
  @IsOptional()
  @SafeText(1, 100)
  track?: string;

  @ApiProperty({ type: [SpeakerDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SpeakerDto)
  speakers: SpeakerDto[];

  @ApiPropertyOptional({ type: [String], example: ['ID.RA', 'GV.RM-01'] })
  @IsOptional()
  @CsfReferences()
  frameworkRefs?: string[];
}
