import type { AnnouncementState } from './announcement.aggregate';

/** An announcement reached its audience's inboxes (recorded by the aggregate, published by the unit of work). */
export class AnnouncementWasPublished {
  constructor(readonly announcement: Readonly<AnnouncementState>) {}
}

export type AnnouncementEvent = AnnouncementWasPublished;
