import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  AGENDA_ITEM_KINDS,
  AGENCY_SECTORS,
  AGENCY_TIERS,
  SESSION_MODES,
  SESSION_STATUSES,
} from '@csg/contracts';
import type { AgendaItem } from '../domain/agenda-item.entity';
import type { SessionState } from '../domain/session.aggregate';

@ApiSchema({ name: 'Speaker' })
export class SpeakerView {
  @ApiProperty({ example: 'Director of Capacity Building' })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'National CERT' })
  organisation: string | null;
}

@ApiSchema({ name: 'AgendaItem' })
export class AgendaItemView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS, enumName: 'AgendaItemKind' })
  kind: string;

  @ApiProperty({ example: 'Developing a strategic cybersecurity roadmap' })
  title: string;

  @ApiProperty({ type: String, nullable: true })
  abstract: string | null;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ type: String, nullable: true, description: 'null: the main track' })
  track: string | null;

  @ApiProperty({ type: [SpeakerView] })
  speakers: SpeakerView[];

  @ApiProperty({
    type: [String],
    example: ['GV.RM', 'ID.RA-01'],
    description: 'NIST CSF 2.0 categories or subcategories',
  })
  frameworkRefs: string[];
}

@ApiSchema({ name: 'InvitationScope' })
export class InvitationScopeView {
  @ApiProperty({ enum: AGENCY_TIERS, isArray: true })
  tiers: string[];

  @ApiProperty({ enum: AGENCY_SECTORS, isArray: true })
  sectors: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  agencyIds: string[];
}

/** A session as the API shows it (timestamps ISO 8601 UTC, with the time zone it is shown in). */
@ApiSchema({ name: 'Session' })
export class SessionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 8, description: 'its number in the programme' })
  sequence: number;

  @ApiProperty({ example: 'CyberSecureGov: Cyber Guidelines Initiative, session 8' })
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ example: 'Asia/Karachi', description: 'IANA time zone for display' })
  timezone: string;

  @ApiProperty({ enum: SESSION_MODES, enumName: 'SessionMode' })
  mode: string;

  @ApiProperty({ type: String, nullable: true })
  venue: string | null;

  @ApiProperty({ type: String, nullable: true })
  joinUrl: string | null;

  @ApiProperty({ type: 'integer', minimum: 1 })
  capacity: number;

  @ApiProperty({ type: 'integer', nullable: true })
  seatsPerAgency: number | null;

  @ApiProperty({
    type: InvitationScopeView,
    description: 'who may register (any list matches); all lists empty: every active agency',
  })
  invitation: InvitationScopeView;

  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'SessionStatus' })
  status: string;

  @ApiProperty({ type: String, nullable: true })
  cancellationReason: string | null;

  @ApiProperty({ type: [AgendaItemView] })
  agenda: AgendaItemView[];

  @ApiProperty({ type: 'integer', minimum: 1, description: 'also the ETag' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toAgendaItemView(item: AgendaItem): AgendaItemView {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    abstract: item.abstract,
    startsAt: item.startsAt.toISOString(),
    endsAt: item.endsAt.toISOString(),
    track: item.track,
    speakers: item.speakers.map((s) => ({ name: s.name, title: s.title, organisation: s.organisation })),
    frameworkRefs: [...item.frameworkRefs],
  };
}

export function toSessionView(s: Readonly<SessionState>): SessionView {
  return {
    id: s.id,
    sequence: s.sequence,
    title: s.title,
    description: s.description,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    timezone: s.timezone,
    mode: s.mode,
    venue: s.venue,
    joinUrl: s.joinUrl,
    capacity: s.capacity,
    seatsPerAgency: s.seatsPerAgency,
    invitation: {
      tiers: [...(s.invitation?.tiers ?? [])],
      sectors: [...(s.invitation?.sectors ?? [])],
      agencyIds: [...(s.invitation?.agencyIds ?? [])],
    },
    status: s.status,
    cancellationReason: s.cancellationReason,
    agenda: s.agenda.map(toAgendaItemView),
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
