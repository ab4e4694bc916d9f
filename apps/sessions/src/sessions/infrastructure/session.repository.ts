import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { SessionRepository } from '../domain/session-repository.port';
import { Session } from '../domain/session.aggregate';
import { SessionRuleViolation } from '../domain/session.errors';
import { AgendaItemOrmEntity } from './agenda-item.orm-entity';
import { agendaItemToRow, sessionFromRows, sessionToRow } from './session.mapper';
import { SessionOrmEntity } from './session.orm-entity';

const UNIQUE_VIOLATION = '23505';

/**
 * The Session aggregate (with its agenda) in its tables, in the running unit of work's
 * transaction: one row through its entity, the agenda rewritten with it (ADR 13).
 */
@Injectable()
export class TypeOrmSessionRepository extends SessionRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(session: Session): Promise<void> {
    const state = session.snapshot();
    await this.refusingTakenSequence(state.sequence, () =>
      this.manager.insert(SessionOrmEntity, sessionToRow(state)),
    );
    await this.writeAgenda(session);
    this.transactions.current.track(session);
  }

  async findById(id: string): Promise<Session | null> {
    return this.load(id, false);
  }

  async lockById(id: string): Promise<Session | null> {
    return this.load(id, true);
  }

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
    this.transactions.current.track(session);
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
