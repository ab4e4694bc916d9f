import type { AgendaItem, AgendaItemKind } from '../domain/agenda-item.entity';
import type { SessionState, SessionStatus } from '../domain/session.aggregate';
import type { SessionMode } from '../domain/session-mode.value-object';
import { AgendaItemOrmEntity } from './agenda-item.orm-entity';
import { SessionOrmEntity } from './session.orm-entity';

export function sessionToRow(s: Readonly<SessionState>): SessionOrmEntity {
  return Object.assign(new SessionOrmEntity(), {
    id: s.id,
    sequence: s.sequence,
    title: s.title,
    description: s.description,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    timezone: s.timezone,
    mode: s.mode,
    venue: s.venue,
    joinUrl: s.joinUrl,
    capacity: s.capacity,
    seatsPerAgency: s.seatsPerAgency,
    invitedTiers: s.invitation?.tiers ?? null,
    invitedSectors: s.invitation?.sectors ?? null,
    invitedAgencyIds: s.invitation?.agencyIds ?? null,
    status: s.status,
    cancellationReason: s.cancellationReason,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  });
}

export function agendaItemToRow(sessionId: string, item: AgendaItem): AgendaItemOrmEntity {
  return Object.assign(new AgendaItemOrmEntity(), { ...item, sessionId });
}

export function sessionFromRows(row: SessionOrmEntity, items: AgendaItemOrmEntity[]): SessionState {
  const invited = row.invitedTiers || row.invitedSectors || row.invitedAgencyIds;
  return {
    id: row.id,
    sequence: row.sequence,
    title: row.title,
    description: row.description,
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    timezone: row.timezone,
    mode: row.mode as SessionMode,
    venue: row.venue,
    joinUrl: row.joinUrl,
    capacity: row.capacity,
    seatsPerAgency: row.seatsPerAgency,
    invitation: invited
      ? {
          tiers: row.invitedTiers ?? [],
          sectors: row.invitedSectors ?? [],
          agencyIds: row.invitedAgencyIds ?? [],
        }
      : null,
    status: row.status as SessionStatus,
    cancellationReason: row.cancellationReason,
    agenda: items.map(agendaItemFromRow),
    version: row.version,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

function agendaItemFromRow(row: AgendaItemOrmEntity): AgendaItem {
  return {
    id: row.id,
    kind: row.kind as AgendaItemKind,
    title: row.title,
    abstract: row.abstract,
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    track: row.track,
    speakers: row.speakers,
    frameworkRefs: row.frameworkRefs,
  };
}
