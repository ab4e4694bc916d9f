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
} from 'class-validator';
import { TLP_MARKINGS } from '@csg/contracts';
import { SafeText } from '@csg/http';

/** `POST /integrations/clients` */
export class IssueIntegrationClientDto {
  @ApiProperty({ example: 'SOC event collector' })
  @SafeText(1, 200)
  name: string;

  @ApiProperty({ type: [String], example: ['csg.exchange.practice.published.v1'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  eventTypes: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the owning agency (its agency-admin creates it); absent: the platform',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    enum: TLP_MARKINGS,
    description:
      'granted as asked, never raised or lowered: an agency-owned client reads what a member of its agency ' +
      'reads, capped at this clearance (default TLP:AMBER+STRICT, all its members read); a platform-owned ' +
      'client reads everything up to it (default TLP:GREEN). At most TLP:AMBER+STRICT: TLP:RED is a 422 ' +
      'INTEGRATION.CLEARANCE_TOO_HIGH',
  })
  @IsOptional()
  @IsIn(TLP_MARKINGS)
  tlpClearance?: (typeof TLP_MARKINGS)[number];
}
