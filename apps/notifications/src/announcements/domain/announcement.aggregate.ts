import { randomUUID } from 'node:crypto';
import type { ANNOUNCEMENT_PRIORITIES } from '@csg/contracts';
import { AggregateRoot } from '@csg/domain';
import type { TlpMarking } from '@csg/auth';
import { AnnouncementRuleViolation } from './announcement.errors';
import { markingNarrowsTheAudience, type AnnouncementReach } from './announcement-marking.rule';
import { AnnouncementWasPublished, type AnnouncementEvent } from './announcement.events';
import type { Audience } from './audience.value-object';

export type AnnouncementPriority = (typeof ANNOUNCEMENT_PRIORITIES)[number];
export type AnnouncementStatus = 'SCHEDULED' | 'PUBLISHED';

/** How far ahead an announcement may be scheduled. */
export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 3600 * 1000;

export interface AnnouncementDraft {
  title: string;
  body: string;
  priority: AnnouncementPriority;
  audience: Audience;
  tlp: TlpMarking;
  recipientSubs?: string[];
  publishAt?: Date;
}

export interface AnnouncementState extends AnnouncementReach {
  id: string;
  title: string;
  body: string;
  priority: AnnouncementPriority;
  audience: Audience;
  status: AnnouncementStatus;
  publishAt: Date;
  publishedAt: Date | null;
  recipientCount: number | null;
  createdBy: string;
  createdAt: Date;
  version: number;
}

/** An organiser's announcement: scheduled for `publishAt`, or published at once. */
export class Announcement extends AggregateRoot<AnnouncementEvent> {
  private constructor(private state: AnnouncementState) {
    super();
  }

  /**
   * A new announcement. Its marking narrows its audience (markingNarrowsTheAudience); a
   * `publishAt` in the future schedules it, one in the past or absent means "now".
   */
  static create(draft: AnnouncementDraft, author: string, now: Date): Announcement {
    const reach = markingNarrowsTheAudience(draft.tlp, draft.audience, draft.recipientSubs);
    const publishAt = draft.publishAt && draft.publishAt > now ? draft.publishAt : now;
    if (publishAt.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS)
      throw new AnnouncementRuleViolation(
        'ANNOUNCEMENT.PUBLISH_AT_TOO_FAR',
        'publishAt is at most a year ahead',
      );
    return new Announcement({
      id: randomUUID(),
      title: draft.title,
      body: draft.body,
      priority: draft.priority,
      audience: draft.audience,
      ...reach,
      status: 'SCHEDULED',
      publishAt,
      publishedAt: null,
      recipientCount: null,
      createdBy: author,
      createdAt: now,
      version: 1,
    });
  }

  static restore(state: AnnouncementState): Announcement {
    return new Announcement({ ...state });
  }

  /** Due when its time has come and it is not out yet. */
  isDueAt(now: Date): boolean {
    return this.state.status === 'SCHEDULED' && this.state.publishAt <= now;
  }

  /** Out to `recipientCount` inboxes (records AnnouncementWasPublished); publishing twice changes nothing. */
  markPublished(recipientCount: number, now: Date): boolean {
    if (this.state.status === 'PUBLISHED') return false;
    this.state = {
      ...this.state,
      status: 'PUBLISHED',
      publishedAt: now,
      recipientCount,
      version: this.state.version + 1,
    };
    this.record(new AnnouncementWasPublished(this.state));
    return true;
  }

  snapshot(): Readonly<AnnouncementState> {
    return this.state;
  }
}
