import { contextParts } from '@csg/runtime';
import { AnnouncementPublisher } from './commands/publish-announcement/announcement.publisher';
import { PublishAnnouncementController } from './commands/publish-announcement/publish-announcement.controller';
import { PublishAnnouncementHandler } from './commands/publish-announcement/publish-announcement.handler';
import {
  AnnouncementAudience,
  AnnouncementRepository,
  AnnouncementSchedule,
} from './domain/announcement.ports';
import { SqlAnnouncementAudience, SqlAnnouncementSchedule } from './infrastructure/announcement-audience.sql';
import { SqlAnnouncementRepository } from './infrastructure/announcement.repository';
import { ListAnnouncementsController } from './queries/list-announcements/list-announcements.controller';
import { ListAnnouncementsHandler } from './queries/list-announcements/list-announcements.handler';

/** The announcements context: announcements to an audience, now or at a set time. */
export const ANNOUNCEMENT_PARTS = contextParts({
  useCases: [
    [PublishAnnouncementController, PublishAnnouncementHandler, AnnouncementPublisher],
    [ListAnnouncementsController, ListAnnouncementsHandler],
  ],
  providers: [
    { provide: AnnouncementRepository, useClass: SqlAnnouncementRepository },
    { provide: AnnouncementAudience, useClass: SqlAnnouncementAudience },
    { provide: AnnouncementSchedule, useClass: SqlAnnouncementSchedule },
  ],
});
