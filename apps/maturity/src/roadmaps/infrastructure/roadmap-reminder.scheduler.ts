import { Injectable } from '@nestjs/common';
import { RoadmapItemDue } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { PeriodicWorkerProvider } from '@csg/runtime';
import { reminderDaysFrom } from '../domain/due-reminder.rule';
import { type DueRoadmapItemRow, roadmapItemDueData } from './roadmap-events.mapper';

/**
 * Emits `roadmap.item-due` from the `roadmap_reminders` due-time table: each tick claims the due
 * rows (`FOR UPDATE SKIP LOCKED`, so replicas never emit one twice), marks them emitted and writes
 * the events to the outbox in the same transaction. Nothing is kept in memory: a restart loses
 * no reminder. Items whose due date has passed are marked without a reminder.
 */
@Injectable()
export class RoadmapReminderScheduler extends PeriodicWorkerProvider<number> {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super({
      name: 'maturity:reminders',
      intervalMs: Number(process.env.MATURITY_REMINDER_INTERVAL_MS ?? 5_000),
    });
  }

  /** Emits what is due now (up to 500 reminders); returns how many. */
  protected override work(): Promise<number> {
    return this.emitDue(new Date());
  }

  private emitDue(now: Date): Promise<number> {
    const daysBefore = reminderDaysFrom(process.env.MATURITY_DUE_REMINDER_DAYS);
    return this.unitOfWork.run(async (tx) => {
      const due: Array<DueRoadmapItemRow & { stale: boolean }> = await tx.manager.query(
        `WITH claimed AS (
             SELECT item_id FROM roadmap_reminders
              WHERE emitted_at IS NULL AND remind_at <= $1
              ORDER BY remind_at LIMIT 500 FOR UPDATE SKIP LOCKED),
           marked AS (
             UPDATE roadmap_reminders m SET emitted_at = $1 FROM claimed WHERE m.item_id = claimed.item_id RETURNING m.item_id)
           SELECT i.id, i.agency_id AS "agencyId", i.title, i.owner_sub AS "ownerSub", to_char(i.due_on, 'YYYY-MM-DD') AS "dueOn",
                  i.status, (i.due_on < ($1::timestamptz AT TIME ZONE 'UTC')::date) AS stale
             FROM marked JOIN roadmap_items i ON i.id = marked.item_id`,
        [now],
      );
      const live = due.filter((row) => !row.stale && row.status !== 'DONE');
      for (const row of live) tx.emit(RoadmapItemDue, roadmapItemDueData(row, daysBefore, now));
      return live.length;
    });
  }
}
