import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { SessionRuleViolation } from '../../sessions/domain/session.errors';
import { FeedbackRepository } from '../domain/feedback-repository.port';
import type { Feedback } from '../domain/feedback.aggregate';
import { FeedbackOrmEntity } from './feedback.orm-entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class TypeOrmFeedbackRepository extends FeedbackRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async attendedRegistrationOf(sessionId: string, sub: string): Promise<string | null> {
    const [row]: Array<{ id: string }> = await this.manager.query(
      `SELECT id FROM registrations
        WHERE session_id = $1 AND sub = $2 AND status = 'CONFIRMED' AND attended_at IS NOT NULL LIMIT 1`,
      [sessionId, sub],
    );
    return row?.id ?? null;
  }

  /** The unique key on (session, person) makes a second rating a FEEDBACK.ALREADY_GIVEN, even when concurrent. */
  async insert(feedback: Feedback): Promise<void> {
    try {
      await this.manager.insert(FeedbackOrmEntity, { ...feedback.snapshot() });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw new SessionRuleViolation('FEEDBACK.ALREADY_GIVEN', 'You already rated this session.');
      }
      throw error;
    }
    this.transactions.current.track(feedback);
  }
}
