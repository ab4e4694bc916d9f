import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import type { Endorsement } from '../domain/endorsement.aggregate';
import { EndorsementRepository } from '../domain/endorsement-repository.port';
import { DiscussionRuleViolation } from '../domain/discussion.errors';
import { EndorsementOrmEntity } from './endorsement.orm-entity';

const UNIQUE_VIOLATION = '23505';

/** Endorsements in their table; the unique (practice, agency) key makes "once per agency" hold under races. */
@Injectable()
export class TypeOrmEndorsementRepository extends EndorsementRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(endorsement: Endorsement): Promise<void> {
    try {
      await this.manager.insert(EndorsementOrmEntity, { ...endorsement.snapshot() });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw new DiscussionRuleViolation(
          'ENDORSEMENT.ALREADY_ENDORSED',
          'This agency has already endorsed the practice.',
        );
      }
      throw error;
    }
    this.transactions.current.track(endorsement);
  }

  async agenciesEndorsing(practiceId: string): Promise<string[]> {
    const rows = await this.manager.find(EndorsementOrmEntity, {
      where: { practiceId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => row.agencyId);
  }
}
