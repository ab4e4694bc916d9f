import type { Session } from './session.aggregate';

/**
 * Where sessions (with their agendas) are kept, in the running unit of work's transaction (the
 * port handlers are given; infrastructure/session.repository.ts implements it over TypeORM).
 * Every write hands the session to the unit of work, which publishes the facts it recorded.
 */
export abstract class SessionRepository {
  /** Adds a new session; SESSION.SEQUENCE_TAKEN when its number is taken. */
  abstract insert(session: Session): Promise<void>;

  abstract findById(id: string): Promise<Session | null>;

  /**
   * The session, locked until the transaction ends: every change to it and every seat decision
   * (registrations, cancellations, promotions, attendance) goes through here (ADR 33).
   */
  abstract lockById(id: string): Promise<Session | null>;

  /** Writes the session and its agenda if it is still at `previousVersion`; SESSION.VERSION_MISMATCH otherwise. */
  abstract update(session: Session, previousVersion: number): Promise<void>;
}
