import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { Practice } from '../domain/practice.aggregate';
import { PracticeRepository } from '../domain/practice-repository.port';
import { PracticeRuleViolation } from '../domain/practice.errors';
import { practiceFromRow, practiceToRow, revisionToRow } from './practice.mapper';
import { PracticeOrmEntity } from './practice.orm-entity';
import { PracticeRevisionOrmEntity } from './practice-revision.orm-entity';

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
    await this.manager.insert(PracticeOrmEntity, practiceToRow(practice.snapshot()));
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
    await this.manager.insert(
      PracticeRevisionOrmEntity,
      revisions.map((revision) => revisionToRow(practice.id, revision)),
    );
  }
}
