import { contextParts } from '@csg/runtime';
import { AgencyMembers } from './domain/agency-members.port';
import { RoadmapItemRepository } from './domain/roadmap-item-repository.port';
import { ProjectedAgencyMembers } from './infrastructure/agency-members.sql';
import { TypeOrmRoadmapItemRepository } from './infrastructure/roadmap-item.repository';
import { ChangeRoadmapItemController } from './commands/change-roadmap-item/change-roadmap-item.controller';
import { ChangeRoadmapItemHandler } from './commands/change-roadmap-item/change-roadmap-item.handler';
import { PlanRoadmapItemController } from './commands/plan-roadmap-item/plan-roadmap-item.controller';
import { PlanRoadmapItemHandler } from './commands/plan-roadmap-item/plan-roadmap-item.handler';
import { RoadmapReminderScheduler } from './infrastructure/roadmap-reminder.scheduler';
import { DraftRoadmapController } from './queries/draft-roadmap/draft-roadmap.controller';
import { DraftRoadmapHandler } from './queries/draft-roadmap/draft-roadmap.handler';
import { ListRoadmapController } from './queries/list-roadmap/list-roadmap.controller';
import { ListRoadmapHandler } from './queries/list-roadmap/list-roadmap.handler';
import { RoadmapCalendarController } from './queries/roadmap-calendar/roadmap-calendar.controller';
import { RoadmapCalendarHandler } from './queries/roadmap-calendar/roadmap-calendar.handler';

/** The roadmaps context's routes, handlers and the due-time reminder scheduler. */
export const ROADMAP_PARTS = contextParts({
  useCases: [
    [PlanRoadmapItemController, PlanRoadmapItemHandler],
    [ChangeRoadmapItemController, ChangeRoadmapItemHandler],
    [ListRoadmapController, ListRoadmapHandler],
    [RoadmapCalendarController, RoadmapCalendarHandler],
    [DraftRoadmapController, DraftRoadmapHandler],
  ],
  providers: [
    { provide: RoadmapItemRepository, useClass: TypeOrmRoadmapItemRepository },
    { provide: AgencyMembers, useClass: ProjectedAgencyMembers },
    RoadmapReminderScheduler,
  ],
});
