import { Injectable } from '@nestjs/common';
import { Clock } from '@csg/domain';
import type { DueJobHandler } from '../../../scheduling/infrastructure/due-jobs';
import type { Announcement } from '../../domain/announcement.aggregate';
import { AnnouncementAudience, AnnouncementRepository } from '../../domain/announcement.ports';
import { ANNOUNCEMENT_JOB } from '../../infrastructure/announcement-audience.sql';

export { ANNOUNCEMENT_JOB };

/**
 * Publishes a due announcement in the running unit of work: its audience told (every inbox row
 * in one set-based write), the announcement marked published (it records the fact the unit of
 * work publishes as `announcement.published`). Also the scheduler's handler for announcements
 * whose `publishAt` has come.
 */
@Injectable()
export class AnnouncementPublisher implements DueJobHandler {
  readonly kind = ANNOUNCEMENT_JOB;

  constructor(
    private readonly announcements: AnnouncementRepository,
    private readonly audience: AnnouncementAudience,
    private readonly clock: Clock,
  ) {}

  async publish(announcement: Announcement, now: Date): Promise<void> {
    const count = await this.audience.tell(announcement);
    if (announcement.markPublished(count, now)) await this.announcements.savePublished(announcement);
  }

  /** The scheduler's turn: publish the announcement if it is still due (a second run finds it published). */
  async run(ref: string): Promise<void> {
    const announcement = await this.announcements.lock(ref);
    const now = this.clock.now();
    if (announcement?.isDueAt(now)) await this.publish(announcement, now);
  }
}
