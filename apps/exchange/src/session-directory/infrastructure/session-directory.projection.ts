import { Injectable } from '@nestjs/common';
import {
  SessionCancelled,
  SessionCompleted,
  SessionRescheduled,
  SessionScheduled,
  type CloudEvent,
  type SessionStateData,
} from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';

/** The session events that set a session's status (each carries its full state and version). */
export const SESSION_DIRECTORY_EVENT_TYPES = [
  SessionScheduled,
  SessionRescheduled,
  SessionCancelled,
  SessionCompleted,
].map((e) => e.type);

/**
 * Keeps `known_sessions` in step with the sessions service, in the inbox's transaction (a
 * redelivered event is not applied twice). The upsert only moves a row forward in `version`:
 * a late, repeated or replayed older event never brings a cancelled session back.
 */
@Injectable()
export class SessionDirectoryProjection {
  @OnIntegrationEvent(...SESSION_DIRECTORY_EVENT_TYPES)
  async onSessionChanged(event: CloudEvent<SessionStateData>, tx: TransactionContext): Promise<void> {
    const s = event.data;
    await tx.manager.query(
      `INSERT INTO known_sessions (session_id, status, version, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (session_id) DO UPDATE SET
         status = EXCLUDED.status, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
       WHERE known_sessions.version < EXCLUDED.version`,
      [s.sessionId, s.status, s.version, s.occurredAt],
    );
  }
}
