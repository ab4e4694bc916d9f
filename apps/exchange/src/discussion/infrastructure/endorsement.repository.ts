import type { EntityManager } from 'typeorm';
import type { Endorsement } from '../domain/endorsement.aggregate';
import { DiscussionRuleViolation } from '../domain/discussion.errors';
import { EndorsementOrmEntity } from './endorsement.orm-entity';

const UNIQUE_VIOLATION = '23505';

/** Endorsements in their table; the unique (practice, agency) key makes "once per agency" hold under races. */
export class EndorsementRepository {
  constructor(private readonly manager: EntityManager) {}

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
  }

  async countFor(practiceId: string): Promise<number> {
    return this.manager.countBy(EndorsementOrmEntity, { practiceId });
  }
}
