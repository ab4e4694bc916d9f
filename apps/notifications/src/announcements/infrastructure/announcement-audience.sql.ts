import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { audienceRecipients } from '../../audiences/infrastructure/audience.sql';
import { fanOut } from '../../inbox/infrastructure/notification-fan-out.writer';
import { scheduleJob } from '../../scheduling/infrastructure/due-jobs';
import type { Announcement } from '../domain/announcement.aggregate';
import { AnnouncementAudience, AnnouncementSchedule } from '../domain/announcement.ports';
import { lockSessionAudiences } from './session-announcement-reach.sql';

export const ANNOUNCEMENT_JOB = 'announcement';

/** Every recipient's inbox row in one INSERT … SELECT over the projected audience (ADR 38). */
@Injectable()
export class SqlAnnouncementAudience extends AnnouncementAudience {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  /**
   * SESSION_PARTICIPANTS: the participants confirmed now, read under the session-audience lock;
   * people confirmed later get it from their confirmation (ADR 58).
   */
  async tell(announcement: Announcement): Promise<number> {
    const s = announcement.snapshot();
    const manager = this.transactions.current.manager;
    if (s.audience.kind === 'SESSION_PARTICIPANTS') await lockSessionAudiences(manager);
    return fanOut(
      manager,
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
  }
}

/** The due-time table (ADR 37): a scheduled announcement waits there across restarts. */
@Injectable()
export class SqlAnnouncementSchedule extends AnnouncementSchedule {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  publishAt(announcementId: string, at: Date): Promise<void> {
    return scheduleJob(this.transactions.current.manager, ANNOUNCEMENT_JOB, announcementId, at);
  }
}
