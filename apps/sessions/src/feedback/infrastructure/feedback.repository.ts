import type { EntityManager } from 'typeorm';
import { SessionRuleViolation } from '../../sessions/domain/session.errors';
import type { Feedback } from '../domain/feedback.aggregate';
import { FeedbackOrmEntity } from './feedback.orm-entity';

const UNIQUE_VIOLATION = '23505';

export interface FeedbackSummary {
  count: number;
  average: number | null;
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

export class FeedbackRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The person's registration for the session with recorded attendance, if any. */
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
  }

  /** Count, mean and the number of each rating, computed in SQL. */
  async summary(sessionId: string): Promise<FeedbackSummary> {
    const [row]: Array<{
      count: number;
      average: string | null;
      d1: number;
      d2: number;
      d3: number;
      d4: number;
      d5: number;
    }> = await this.manager.query(
      `SELECT count(*)::int AS count, round(avg(rating), 2)::text AS average,
                count(*) FILTER (WHERE rating = 1)::int AS d1, count(*) FILTER (WHERE rating = 2)::int AS d2,
                count(*) FILTER (WHERE rating = 3)::int AS d3, count(*) FILTER (WHERE rating = 4)::int AS d4,
                count(*) FILTER (WHERE rating = 5)::int AS d5
           FROM feedback WHERE session_id = $1`,
      [sessionId],
    );
    return {
      count: row.count,
      average: row.average === null ? null : Number(row.average),
      distribution: { '1': row.d1, '2': row.d2, '3': row.d3, '4': row.d4, '5': row.d5 },
    };
  }
}
