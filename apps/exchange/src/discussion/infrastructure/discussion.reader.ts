import type { EntityManager } from 'typeorm';
import type { Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';
import { practiceReadPredicate } from '../../practices/infrastructure/practice-access.sql';
import type { CommentState } from '../domain/comment.aggregate';

export interface EndorsementRow {
  id: string;
  practiceId: string;
  agencyId: string;
  agencyName: string | null;
  agencyAcronym: string | null;
  endorserSub: string;
  note: string | null;
  createdAt: Date;
}

/**
 * A practice's comments and endorsements, each list one statement joined to the practice with
 * the caller's read rule: what hangs off a practice they may not read does not exist for them.
 */
export class DiscussionReader {
  constructor(private readonly manager: EntityManager) {}

  /** Comments in posting order (replies among them, with their parentId). */
  comments(
    practiceId: string,
    reader: Principal,
    limit: number,
    after?: CursorPosition,
  ): Promise<CommentState[]> {
    const visible = practiceReadPredicate(reader, 3);
    const params: unknown[] = [practiceId, limit, ...visible.params];
    const keyset = after
      ? `AND (c.created_at, c.id) > ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`
      : '';
    return this.manager.query(
      `SELECT c.id, c.practice_id AS "practiceId", c.parent_id AS "parentId", c.author_sub AS "authorSub",
              c.author_name AS "authorName", c.body, c.version, c.created_at AS "createdAt",
              c.edited_at AS "editedAt", c.removed_at AS "removedAt"
         FROM practice_comments c JOIN practices p ON p.id = c.practice_id
        WHERE c.practice_id = $1 AND ${visible.sql} ${keyset}
        ORDER BY c.created_at, c.id
        LIMIT $2`,
      params,
    );
  }

  /** Endorsements, earliest first, with the agency's name as this service's projection knows it. */
  endorsements(
    practiceId: string,
    reader: Principal,
    limit: number,
    after?: CursorPosition,
  ): Promise<EndorsementRow[]> {
    const visible = practiceReadPredicate(reader, 3);
    const params: unknown[] = [practiceId, limit, ...visible.params];
    const keyset = after
      ? `AND (e.created_at, e.id) > ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`
      : '';
    return this.manager.query(
      `SELECT e.id, e.practice_id AS "practiceId", e.agency_id AS "agencyId", a.name AS "agencyName",
              a.acronym AS "agencyAcronym", e.endorser_sub AS "endorserSub", e.note, e.created_at AS "createdAt"
         FROM practice_endorsements e JOIN practices p ON p.id = e.practice_id
         LEFT JOIN projected_agencies a ON a.agency_id = e.agency_id
        WHERE e.practice_id = $1 AND ${visible.sql} ${keyset}
        ORDER BY e.created_at, e.id
        LIMIT $2`,
      params,
    );
  }
}
