import { Injectable } from '@nestjs/common';
import {
  AttendanceRecorded,
  SessionAgendaChanged,
  SessionCancelled,
  SessionCompleted,
  SessionRescheduled,
  SessionScheduled,
  SessionUpdated,
  type AttendanceRecordedData,
  type CloudEvent,
  type SessionStateData,
} from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import { coveredSubcategories } from '../../recommendations/infrastructure/practice.projection';

export const SESSION_STATE_EVENT_TYPES = [
  SessionScheduled,
  SessionRescheduled,
  SessionUpdated,
  SessionAgendaChanged,
  SessionCancelled,
  SessionCompleted,
].map((e) => e.type);

/**
 * What the impact report needs from the sessions service: the subcategories each session's
 * agenda covers (its items' `frameworkRefs`) and the agencies that attended. Session events
 * carry the full state and a version (stale ones change nothing); attendance only grows.
 */
@Injectable()
export class SessionProjection {
  @OnIntegrationEvent(...SESSION_STATE_EVENT_TYPES)
  async onSessionChanged(event: CloudEvent<SessionStateData>, tx: TransactionContext): Promise<void> {
    const s = event.data;
    const applied: unknown[] = await tx.manager.query(
      `INSERT INTO projected_sessions (session_id, title, status, starts_at, version) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (session_id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status,
         starts_at = EXCLUDED.starts_at, version = EXCLUDED.version
       WHERE projected_sessions.version < EXCLUDED.version
       RETURNING 1`,
      [s.sessionId, s.title, s.status, s.startsAt, s.version],
    );
    if (applied.length === 0) return;
    await tx.manager.query(`DELETE FROM projected_session_coverage WHERE session_id = $1`, [s.sessionId]);
    const items = s.agenda.map((item) => ({
      id: `agenda:${item.agendaItemId}`,
      subs: coveredSubcategories(item.frameworkRefs),
    }));
    const covering = items.filter((item) => item.subs.length > 0);
    if (covering.length === 0) return;
    await tx.manager.query(
      `INSERT INTO projected_session_coverage (session_id, source_id, subcategory_ids, version)
       SELECT $1, source_id, string_to_array(subs, ',')::text[], $4 FROM unnest($2::text[], $3::text[]) AS t(source_id, subs)`,
      [s.sessionId, covering.map((c) => c.id), covering.map((c) => c.subs.join(',')), s.version],
    );
  }

  @OnIntegrationEvent(AttendanceRecorded.type)
  async onAttendanceRecorded(
    event: CloudEvent<AttendanceRecordedData>,
    tx: TransactionContext,
  ): Promise<void> {
    const { sessionId, attendingAgencyIds, agencyIds } = event.data;
    await tx.manager.query(
      `INSERT INTO projected_session_attendance (session_id, agency_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [sessionId, [...new Set([...(attendingAgencyIds ?? []), ...(agencyIds ?? [])])]],
    );
  }
}
