import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { EntityInsert } from '@csg/persistence';
import { Practice } from '../domain/practice.aggregate';
import { PracticeRepository } from '../domain/practice-repository.port';
import { PracticeRuleViolation } from '../domain/practice.errors';
import { practiceFromRow, practiceToRow, revisionToRow } from './practice.mapper';
import { PracticeOrmEntity } from './practice.orm-entity';
import { PracticeRevisionOrmEntity } from './practice-revision.orm-entity';

/** Inserts as named statements from the entities' metadata (ADR 49). */
const PRACTICE_INSERT = new EntityInsert(PracticeOrmEntity, 'exchange.practice.insert');
const REVISION_INSERT = new EntityInsert(PracticeRevisionOrmEntity, 'exchange.practice-revision.insert');

/** The Practice aggregate and its revisions in their tables, in the running unit of work's transaction. */
@Injectable()
export class TypeOrmPracticeRepository extends PracticeRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(practice: Practice): Promise<void> {
    await PRACTICE_INSERT.insert(this.manager, practiceToRow(practice.snapshot()));
    await this.appendRevisions(practice);
    this.transactions.current.track(practice);
  }

  async findById(id: string): Promise<Practice | null> {
    const row = await this.manager.findOneBy(PracticeOrmEntity, { id });
    return row ? Practice.restore(practiceFromRow(row)) : null;
  }

  async lockById(id: string): Promise<Practice | null> {
    const row = await this.manager
      .createQueryBuilder(PracticeOrmEntity, 'p')
      .setLock('for_no_key_update')
      .where('p.id = :id', { id })
      .getOne();
    return row ? Practice.restore(practiceFromRow(row)) : null;
  }

  async update(practice: Practice, previousVersion: number): Promise<void> {
    const { id, ...changes } = practiceToRow(practice.snapshot());
    const result = await this.manager.update(PracticeOrmEntity, { id, version: previousVersion }, changes);
    if (result.affected !== 1) {
      throw new PracticeRuleViolation(
        'PRACTICE.VERSION_MISMATCH',
        'The practice changed meanwhile; reload it.',
      );
    }
    await this.appendRevisions(practice);
    this.transactions.current.track(practice);
  }

  private async appendRevisions(practice: Practice): Promise<void> {
    const revisions = practice.pullRevisions();
    if (revisions.length === 0) return;
    for (const revision of revisions)
      await REVISION_INSERT.insert(this.manager, revisionToRow(practice.id, revision));
  }
}
