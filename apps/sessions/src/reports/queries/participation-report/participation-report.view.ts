import { ApiProperty, ApiSchema } from '@nestjs/swagger';

class CountsView {
  @ApiProperty({ type: 'integer', description: 'places held (confirmed and waitlisted)' })
  registered: number;

  @ApiProperty({ type: 'integer' })
  confirmed: number;

  @ApiProperty({ type: 'integer' })
  waitlisted: number;

  @ApiProperty({ type: 'integer', description: 'places given back' })
  cancelled: number;

  @ApiProperty({ type: 'integer' })
  attended: number;
}

@ApiSchema({ name: 'SessionAgencyParticipation' })
export class SessionAgencyParticipationView extends CountsView {
  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty({ type: 'integer' })
  sequence: number;

  @ApiProperty()
  sessionTitle: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ example: 'COMPLETED' })
  sessionStatus: string;

  @ApiProperty({ format: 'uuid' })
  agencyId: string;

  @ApiProperty({ type: String, nullable: true })
  agencyName: string | null;

  @ApiProperty({ type: String, nullable: true })
  agencyAcronym: string | null;

  @ApiProperty({ example: 'FEDERAL', description: 'UNKNOWN until the agency is known to the service' })
  tier: string;

  @ApiProperty({ example: 'EDUCATION' })
  sector: string;
}

@ApiSchema({ name: 'GroupParticipation' })
export class GroupParticipationView extends CountsView {
  @ApiProperty({ description: 'the tier or sector' })
  key: string;
}

@ApiSchema({ name: 'ParticipationReport' })
export class ParticipationReportView {
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  from: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  to: string | null;

  @ApiProperty({ type: [SessionAgencyParticipationView], description: 'per session and agency' })
  rows: SessionAgencyParticipationView[];

  @ApiProperty({ type: [GroupParticipationView], description: 'per agency tier' })
  byTier: GroupParticipationView[];

  @ApiProperty({ type: [GroupParticipationView], description: 'per agency sector' })
  bySector: GroupParticipationView[];
}
