import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AnnouncementPublished, type AnnouncementPublishedData } from '@csg/contracts';
import type { TransactionContext } from '@csg/messaging';
import { audienceRecipients } from '../../../audiences/infrastructure/audience.sql';
import { fanOut } from '../../../inbox/infrastructure/notification-fan-out.writer';
import type { DueJobHandler } from '../../../scheduling/infrastructure/due-jobs';
import type { Announcement } from '../../domain/announcement.aggregate';
import { AnnouncementRepository } from '../../infrastructure/announcement.repository';

export const ANNOUNCEMENT_JOB = 'announcement';

/**
 * Publishes a due announcement inside the caller's transaction: every recipient's inbox row in
 * one set-based statement, the announcement marked published, and `announcement.published`
 * emitted. Also the scheduler's handler for announcements whose `publishAt` has come.
 */
@Injectable()
export class AnnouncementPublisher implements DueJobHandler {
  readonly kind = ANNOUNCEMENT_JOB;

  async publish(announcement: Announcement, tx: TransactionContext, now = new Date()): Promise<void> {
    const s = announcement.snapshot();
    const count = await fanOut(
      tx.manager,
      {
        category: 'ANNOUNCEMENT',
        kind: 'announcement',
        sourceId: s.id,
        title: s.title,
        body: s.body,
        urgent: s.priority === 'URGENT',
        tlp: s.tlp,
        ownerAgencyId: s.ownerAgencyId,
        sharedWithAgencyIds: s.sharedWithAgencyIds,
        recipientSubs: s.recipientSubs,
      },
      audienceRecipients(s.audience, s),
    );
    if (!announcement.markPublished(count, now)) return;
    await new AnnouncementRepository(tx.manager).savePublished(announcement);
    const red = s.tlp === 'TLP:RED';
    const data: AnnouncementPublishedData = {
      announcementId: s.id,
      title: red ? null : s.title,
      body: red ? null : s.body,
      priority: s.priority,
      audience: red ? { kind: s.audience.kind, values: [] } : s.audience,
      tlp: s.tlp,
      ownerAgencyId: s.ownerAgencyId,
      sharedWithAgencyIds: s.sharedWithAgencyIds,
      recipientCount: count,
      publishedAt: now.toISOString(),
    };
    tx.emit(AnnouncementPublished, data);
  }

  /** The scheduler's turn: publish the announcement if it is still due (a second run finds it published). */
  async run(ref: string, manager: EntityManager, tx: TransactionContext): Promise<void> {
    const announcement = await new AnnouncementRepository(manager).lock(ref);
    const now = new Date();
    if (announcement?.isDueAt(now)) await this.publish(announcement, tx, now);
  }
}
