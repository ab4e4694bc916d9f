import type { EntityManager } from 'typeorm';
import { Practice } from '../domain/practice.aggregate';
import { PracticeRuleViolation } from '../domain/practice.errors';
import type { PracticeRevision } from '../domain/practice-revision.entity';
import { practiceFromRow, practiceToRow, revisionFromRow, revisionToRow } from './practice.mapper';
import { PracticeOrmEntity } from './practice.orm-entity';
import { PracticeRevisionOrmEntity } from './practice-revision.orm-entity';

/** Maps the Practice aggregate and its revisions to their tables, inside the caller's transaction. */
export class PracticeRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(practice: Practice): Promise<void> {
    await this.manager.insert(PracticeOrmEntity, practiceToRow(practice.snapshot()));
    await this.appendRevisions(practice);
  }

  async findById(id: string): Promise<Practice | null> {
    const row = await this.manager.findOneBy(PracticeOrmEntity, { id });
    return row ? Practice.restore(practiceFromRow(row)) : null;
  }

  /** Loads the practice and locks its row until the transaction ends: its changes are serialised. */
  async lockById(id: string): Promise<Practice | null> {
    const row = await this.manager
      .createQueryBuilder(PracticeOrmEntity, 'p')
      .setLock('for_no_key_update')
      .where('p.id = :id', { id })
      .getOne();
    return row ? Practice.restore(practiceFromRow(row)) : null;
  }

  /** Writes the practice over `previousVersion` (else VERSION_MISMATCH) and appends its new revisions. */
  async update(practice: Practice, previousVersion: number): Promise<void> {
    const row = practiceToRow(practice.snapshot());
    const { id, ...changes } = row;
    const result = await this.manager.update(PracticeOrmEntity, { id, version: previousVersion }, changes);
    if (result.affected !== 1) {
      throw new PracticeRuleViolation(
        'PRACTICE.VERSION_MISMATCH',
        'The practice changed meanwhile; reload it.',
      );
    }
    await this.appendRevisions(practice);
  }

  async revisionsOf(practiceId: string): Promise<PracticeRevision[]> {
    const rows = await this.manager.find(PracticeRevisionOrmEntity, {
      where: { practiceId },
      order: { number: 'ASC' },
    });
    return rows.map(revisionFromRow);
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
