import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'MaturityReportGroup' })
export class ReportGroupView {
  @ApiProperty({ description: 'the function id, tier or sector' }) key: string;
  @ApiProperty({
    description:
      'hidden from agency members: fewer than 3 agencies, or a difference with another figure of the campaign would describe fewer than 3',
  })
  suppressed: boolean;
  @ApiProperty({ type: 'integer', nullable: true }) agencies: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mean over agencies of their mean current tier' })
  current: number | null;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
  @ApiProperty({ type: Number, nullable: true }) gap: number | null;
}

@ApiSchema({ name: 'MaturityReportAgency' })
export class ReportAgencyView {
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty() name: string;
  @ApiProperty() acronym: string;
  @ApiProperty() tier: string;
  @ApiProperty() sector: string;
  @ApiProperty({ type: Number, nullable: true }) current: number | null;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
  @ApiProperty({ type: Number, nullable: true }) gap: number | null;
  @ApiProperty({ type: 'integer' }) answered: number;
}

/** A campaign's maturity by function, tier or sector; agencies by name for organisers only. */
@ApiSchema({ name: 'MaturityReport' })
export class MaturityReportView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ enum: ['function', 'tier', 'sector'] }) groupBy: string;
  @ApiProperty({ description: 'true for organisers and platform-admins: agencies are named' }) named: boolean;
  @ApiProperty({ type: 'integer' }) minimumGroupSize: number;
  @ApiProperty({ type: [ReportGroupView] }) groups: ReportGroupView[];
  @ApiProperty({ type: [ReportAgencyView], description: 'empty unless named' }) agencies: ReportAgencyView[];
}
