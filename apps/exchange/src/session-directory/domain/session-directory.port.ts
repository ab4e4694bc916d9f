/** A session's status as the sessions service last published it (it publishes nothing for a draft). */
export type KnownSessionStatus = 'DRAFT' | 'SCHEDULED' | 'COMPLETED' | 'CANCELLED';

/**
 * The exchange's own read model of sessions, projected from the sessions service's events
 * (ADR 50). Eventually consistent: a session scheduled a moment ago may not be known yet.
 */
export abstract class SessionDirectory {
  /** The session's last known status; null when the exchange has not (yet) heard of it. */
  abstract statusOf(sessionId: string): Promise<KnownSessionStatus | null>;
}
