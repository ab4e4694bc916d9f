import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { MaturityRuleViolation } from '../../maturity-rule.violation';
import {
  RoadmapItem,
  type RoadmapEffort,
  type RoadmapItemState,
  type RoadmapPriority,
  type RoadmapStatus,
} from '../domain/roadmap-item.aggregate';
import { RoadmapItemRepository } from '../domain/roadmap-item-repository.port';
import { ROADMAP_ERRORS } from '../domain/roadmap.errors';
import { RoadmapItemOrmEntity } from './roadmap-item.orm-entity';

const day = (d: string | Date | null): string | null =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

export function roadmapItemFromRow(row: RoadmapItemOrmEntity): RoadmapItemState {
  return {
    ...row,
    priority: row.priority as RoadmapPriority,
    effort: row.effort as RoadmapEffort,
    status: row.status as RoadmapStatus,
    startsOn: day(row.startsOn),
    dueOn: day(row.dueOn)!,
    milestones: row.milestones ?? [],
    practiceIds: row.practiceIds ?? [],
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

/** Roadmap items and their reminder rows, in the running unit of work's transaction. */
@Injectable()
export class TypeOrmRoadmapItemRepository extends RoadmapItemRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(item: RoadmapItem): Promise<void> {
    await this.manager.insert(RoadmapItemOrmEntity, { ...item.snapshot() });
    this.transactions.current.track(item);
  }

  async lockVisible(
    id: string,
    operatesPlatform: boolean,
    agencyIds: readonly string[],
  ): Promise<RoadmapItem | null> {
    const row = await this.manager
      .createQueryBuilder(RoadmapItemOrmEntity, 'r')
      .setLock('for_no_key_update')
      .where('r.id = :id', { id })
      .andWhere('(CAST(:operates AS boolean) OR r.agency_id = ANY(CAST(:agencies AS uuid[])))', {
        operates: operatesPlatform,
        agencies: [...agencyIds],
      })
      .getOne();
    return row ? RoadmapItem.restore(roadmapItemFromRow(row)) : null;
  }

  async update(item: RoadmapItem, previousVersion: number): Promise<void> {
    const s = item.snapshot();
    const [, affected]: [unknown, number] = await this.manager.query(
      `UPDATE roadmap_items SET title = $3, description = $4, subcategory_ids = $5, owner_sub = $6, priority = $7, effort = $8,
              starts_on = $9, due_on = $10, milestones = $11, practice_ids = $12, session_id = $13, status = $14,
              version = $15, updated_at = $16
        WHERE id = $1 AND version = $2`,
      [
        s.id,
        previousVersion,
        s.title,
        s.description,
        s.subcategoryIds,
        s.ownerSub,
        s.priority,
        s.effort,
        s.startsOn,
        s.dueOn,
        JSON.stringify(s.milestones),
        s.practiceIds,
        s.sessionId,
        s.status,
        s.version,
        s.updatedAt,
      ],
    );
    if (affected !== 1)
      throw new MaturityRuleViolation(
        ROADMAP_ERRORS.versionMismatch,
        'The item changed meanwhile; reload it.',
      );
    this.transactions.current.track(item);
  }

  /** The item's reminder in the due-time table: replaced on every change, removed when none is due (DONE). */
  async scheduleReminder(itemId: string, remindAt: Date | null, dueOn: string): Promise<void> {
    if (remindAt === null) {
      await this.manager.query(`DELETE FROM roadmap_reminders WHERE item_id = $1`, [itemId]);
      return;
    }
    await this.manager.query(
      `INSERT INTO roadmap_reminders (item_id, remind_at, due_on) VALUES ($1, $2, $3)
       ON CONFLICT (item_id) DO UPDATE SET remind_at = EXCLUDED.remind_at, due_on = EXCLUDED.due_on,
         emitted_at = CASE WHEN roadmap_reminders.due_on = EXCLUDED.due_on THEN roadmap_reminders.emitted_at END`,
      [itemId, remindAt, dueOn],
    );
  }

  /** Whether any framework lists the subcategory (items may cite the built-in or an imported framework). */
  async knownSubcategories(ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.manager.query(
      `SELECT DISTINCT id FROM framework_nodes WHERE level = 'subcategory' AND id = ANY($1::text[])`,
      [[...ids]],
    );
    return new Set(rows.map((r) => r.id));
  }
}
