import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { TLP_MARKINGS } from '@csg/contracts';
import { SafeText } from '@csg/http';

/** `POST /webhooks` */
export class RegisterWebhookDto {
  @ApiProperty({ example: 'https://soc.example.gov.pk/csg-hooks' })
  @IsString()
  @MaxLength(2_000)
  url: string;

  @ApiProperty({ type: [String], example: ['csg.exchange.practice.published.v1'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  eventTypes: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the owning agency (its agency-admin registers it); absent: the platform',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    enum: TLP_MARKINGS,
    description:
      'granted as asked, never raised or lowered: an agency-owned webhook reads what a member of its agency ' +
      'reads, capped at this clearance (default TLP:AMBER+STRICT, all its members read); a platform-owned ' +
      'webhook reads everything up to it (default TLP:GREEN). At most TLP:AMBER+STRICT: TLP:RED is a 422 ' +
      'INTEGRATION.CLEARANCE_TOO_HIGH',
  })
  @IsOptional()
  @IsIn(TLP_MARKINGS)
  tlpClearance?: (typeof TLP_MARKINGS)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @SafeText(1, 500)
  description?: string;
}
