import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { TLP_MARKINGS } from '@csg/contracts';
import { SafeText, SafeUrl } from '@csg/http';

export class PublishMaterialDto {
  @ApiProperty({ example: 'Strategic roadmap workshop: slides' })
  @SafeText(2, 200)
  title: string;

  @ApiProperty({ example: 'https://files.example.gov/session-8/roadmap.pdf' })
  @SafeUrl()
  url: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the agenda item it belongs to' })
  @IsOptional()
  @IsUUID()
  agendaItemId?: string;

  @ApiProperty({ enum: TLP_MARKINGS })
  @IsIn(TLP_MARKINGS)
  tlp: (typeof TLP_MARKINGS)[number];

  @ApiPropertyOptional({
    format: 'uuid',
    description: "the originating agency (e.g. the speaker's); omit for the CERT's own",
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
