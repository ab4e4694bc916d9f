import {
  SessionAgendaChanged,
  SessionCancelled,
  SessionCompleted,
  SessionRescheduled,
  SessionScheduled,
  SessionUpdated,
  type IntegrationEventDefinition,
  type SessionStateData,
} from '@csg/contracts';
import type { AgendaItem } from '../domain/agenda-item.entity';
import type { SessionState } from '../domain/session.aggregate';
import type { SessionFact } from '../domain/session.facts';

export interface OutgoingEvent {
  definition: IntegrationEventDefinition;
  data: object;
}

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

/**
 * The integration events a session's recorded facts cause. Several agenda changes in one
 * transaction make one event; a draft's facts make none (nobody outside knows a draft).
 */
export function sessionEvents(
  state: Readonly<SessionState>,
  facts: readonly SessionFact[],
  context: { registrationsKept: number },
): OutgoingEvent[] {
  const data = sessionStateData(state);
  const events: OutgoingEvent[] = [];
  let agendaChanged = false;
  for (const fact of facts) {
    switch (fact.type) {
      case 'scheduled':
        events.push({ definition: SessionScheduled, data });
        break;
      case 'rescheduled':
        events.push({
          definition: SessionRescheduled,
          data: {
            ...data,
            previousStartsAt: fact.previousStartsAt.toISOString(),
            previousEndsAt: fact.previousEndsAt.toISOString(),
            registrationsKept: context.registrationsKept,
          },
        });
        break;
      case 'updated':
        events.push({ definition: SessionUpdated, data: { ...data, changedFields: fact.fields } });
        break;
      case 'cancelled':
        events.push({ definition: SessionCancelled, data });
        break;
      case 'completed':
        events.push({ definition: SessionCompleted, data });
        break;
      case 'agenda-changed':
        if (!agendaChanged) events.push({ definition: SessionAgendaChanged, data });
        agendaChanged = true;
        break;
    }
  }
  return events;
}
