import type { EntityManager } from 'typeorm';
import type { RoadmapItemOrmEntity } from './roadmap-item.orm-entity';

const COLUMNS = `r.id, r.agency_id AS "agencyId", r.title, r.description, r.subcategory_ids AS "subcategoryIds", r.owner_sub AS "ownerSub",
  r.priority, r.effort, to_char(r.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(r.due_on, 'YYYY-MM-DD') AS "dueOn", r.milestones,
  r.practice_ids AS "practiceIds", r.session_id AS "sessionId", r.status, r.created_by AS "createdBy", r.version,
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

export type RoadmapItemRow = RoadmapItemOrmEntity;

/**
 * An agency's roadmap in due-date order. Who may read it is decided by the route (the agency's
 * members, organisers and platform-admins); a single item is found only within the caller's agencies.
 */
export class RoadmapItemReader {
  constructor(private readonly manager: EntityManager) {}

  list(
    agencyId: string,
    status: string | undefined,
    limit: number,
    after?: readonly [string, string],
  ): Promise<RoadmapItemRow[]> {
    const params: unknown[] = [agencyId, limit];
    const where = [`r.agency_id = $1`];
    if (status) where.push(`r.status = $${params.push(status)}`);
    if (after)
      where.push(`(r.due_on, r.id) > ($${params.push(after[0])}::date, $${params.push(after[1])}::uuid)`);
    return this.manager.query(
      `SELECT ${COLUMNS} FROM roadmap_items r WHERE ${where.join(' AND ')} ORDER BY r.due_on, r.id LIMIT $2`,
      params,
    );
  }

  /** The item if the caller may read it: operators any, others those of their ACTIVE agencies. */
  async visible(id: string, operatesPlatform: boolean, agencyIds: string[]): Promise<RoadmapItemRow | null> {
    const [row] = await this.manager.query(
      `SELECT ${COLUMNS} FROM roadmap_items r WHERE r.id = $1 AND ($2::boolean OR r.agency_id = ANY($3::uuid[]))`,
      [id, operatesPlatform, agencyIds],
    );
    return row ?? null;
  }
}
