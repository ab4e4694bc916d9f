import type { Announcement } from './announcement.aggregate';

/** Announcements in the running unit of work's transaction. */
export abstract class AnnouncementRepository {
  abstract insert(announcement: Announcement): Promise<void>;
  /** The announcement, locked for the transaction (a scheduler and a second instance never publish it twice). */
  abstract lock(id: string): Promise<Announcement | null>;
  abstract savePublished(announcement: Announcement): Promise<void>;
}

/** Tells an announcement's audience, every inbox in one set-based write; answers how many were told. */
export abstract class AnnouncementAudience {
  abstract tell(announcement: Announcement): Promise<number>;
}

/** Remembers when a scheduled announcement is due (durably: it survives restarts). */
export abstract class AnnouncementSchedule {
  abstract publishAt(announcementId: string, at: Date): Promise<void>;
}
