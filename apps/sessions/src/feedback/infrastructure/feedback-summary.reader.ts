import type { EntityManager } from 'typeorm';

export interface FeedbackSummary {
  count: number;
  average: number | null;
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

/** Count, mean and the number of each rating, computed in SQL. */
export class FeedbackSummaryReader {
  constructor(private readonly manager: EntityManager) {}

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
