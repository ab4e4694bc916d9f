import { AnnouncementPublished, type AnnouncementPublishedData } from '@csg/contracts';
import { outboxMapping } from '@csg/messaging';
import { AnnouncementWasPublished } from './announcements/domain/announcement.events';

/**
 * What the notifications service publishes for the facts its aggregates record. A TLP:RED
 * announcement's event carries ids, not content (no title, body or audience values).
 */
export const NOTIFICATIONS_OUTBOX = outboxMapping().on(
  AnnouncementWasPublished,
  AnnouncementPublished,
  ({ announcement: a }): AnnouncementPublishedData => {
    const red = a.tlp === 'TLP:RED';
    return {
      announcementId: a.id,
      title: red ? null : a.title,
      body: red ? null : a.body,
      priority: a.priority,
      audience: red
        ? { kind: a.audience.kind, values: [] }
        : { kind: a.audience.kind, values: [...a.audience.values] },
      tlp: a.tlp,
      ownerAgencyId: a.ownerAgencyId,
      sharedWithAgencyIds: a.sharedWithAgencyIds,
      recipientCount: a.recipientCount ?? 0,
      publishedAt: (a.publishedAt ?? new Date()).toISOString(),
    };
  },
);
