import type { SessionStateData } from '@csg/contracts';
import type { AgendaItem } from '../domain/agenda-item.entity';
import type { SessionState } from '../domain/session.aggregate';

/** The session's full state as every session event carries it. */
export function sessionStateData(s: Readonly<SessionState>): SessionStateData {
  return {
    sessionId: s.id,
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
    invitation: s.invitation,
    status: s.status,
    cancellationReason: s.cancellationReason,
    agenda: s.agenda.map(agendaItemData),
    tlp: 'TLP:GREEN',
    version: s.version,
    occurredAt: s.updatedAt.toISOString(),
  };
}

function agendaItemData(item: AgendaItem): SessionStateData['agenda'][number] {
  return {
    agendaItemId: item.id,
    kind: item.kind,
    title: item.title,
    abstract: item.abstract,
    startsAt: item.startsAt.toISOString(),
    endsAt: item.endsAt.toISOString(),
    track: item.track,
    speakers: item.speakers,
    frameworkRefs: item.frameworkRefs,
  };
}
