import type { EntityManager } from 'typeorm';
import { Session } from '../domain/session.aggregate';
import { SessionRuleViolation } from '../domain/session.errors';
import { AgendaItemOrmEntity } from './agenda-item.orm-entity';
import { agendaItemToRow, sessionFromRows, sessionToRow } from './session.mapper';
import { SessionOrmEntity } from './session.orm-entity';

const UNIQUE_VIOLATION = '23505';

/** Maps the Session aggregate (with its agenda) to its tables, inside the caller's transaction. */
export class SessionRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(session: Session): Promise<void> {
    const state = session.snapshot();
    await this.refusingTakenSequence(state.sequence, () =>
      this.manager.insert(SessionOrmEntity, sessionToRow(state)),
    );
    await this.writeAgenda(session);
  }

  async findById(id: string): Promise<Session | null> {
    return this.load(id, false);
  }

  /**
   * Loads the session and locks its row until the transaction ends. Every change to a session
   * and every seat decision (registrations, cancellations, promotions) goes through here, so a
   * session's seats are counted by one transaction at a time.
   */
  async lockById(id: string): Promise<Session | null> {
    return this.load(id, true);
  }

  /** Writes the session if its row is still at `previousVersion`; the agenda is rewritten with it. */
  async update(session: Session, previousVersion: number): Promise<void> {
    const row = sessionToRow(session.snapshot());
    const result = await this.refusingTakenSequence(row.sequence, () =>
      this.manager
        .createQueryBuilder()
        .update(SessionOrmEntity)
        .set(row)
        .where('id = :id AND version = :previousVersion', { id: row.id, previousVersion })
        .execute(),
    );
    if (result.affected !== 1) {
      throw new SessionRuleViolation('SESSION.VERSION_MISMATCH', 'The session changed meanwhile; reload it.');
    }
    await this.manager.delete(AgendaItemOrmEntity, { sessionId: row.id });
    await this.writeAgenda(session);
  }

  private async load(id: string, lock: boolean): Promise<Session | null> {
    const query = this.manager.createQueryBuilder(SessionOrmEntity, 's').where('s.id = :id', { id });
    const row = await (lock ? query.setLock('for_no_key_update') : query).getOne();
    if (!row) return null;
    const items = await this.manager.find(AgendaItemOrmEntity, { where: { sessionId: id } });
    return Session.restore(sessionFromRows(row, items));
  }

  private async writeAgenda(session: Session): Promise<void> {
    const { id, agenda } = session.snapshot();
    if (agenda.length > 0) {
      await this.manager.insert(
        AgendaItemOrmEntity,
        agenda.map((item) => agendaItemToRow(id, item)),
      );
    }
  }

  private async refusingTakenSequence<T>(sequence: number, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw new SessionRuleViolation('SESSION.SEQUENCE_TAKEN', `Session ${sequence} already exists.`);
      }
      throw error;
    }
  }
}
