import { contextParts } from '@csg/runtime';
import { AddAgendaItemController } from './commands/add-agenda-item/add-agenda-item.controller';
import { AddAgendaItemHandler } from './commands/add-agenda-item/add-agenda-item.handler';
import { CancelSessionController } from './commands/cancel-session/cancel-session.controller';
import { CancelSessionHandler } from './commands/cancel-session/cancel-session.handler';
import { ChangeAgendaItemController } from './commands/change-agenda-item/change-agenda-item.controller';
import { ChangeAgendaItemHandler } from './commands/change-agenda-item/change-agenda-item.handler';
import { CompleteSessionController } from './commands/complete-session/complete-session.controller';
import { CompleteSessionHandler } from './commands/complete-session/complete-session.handler';
import { PlanSessionController } from './commands/plan-session/plan-session.controller';
import { PlanSessionHandler } from './commands/plan-session/plan-session.handler';
import { RemoveAgendaItemController } from './commands/remove-agenda-item/remove-agenda-item.controller';
import { RemoveAgendaItemHandler } from './commands/remove-agenda-item/remove-agenda-item.handler';
import { ScheduleSessionController } from './commands/schedule-session/schedule-session.controller';
import { ScheduleSessionHandler } from './commands/schedule-session/schedule-session.handler';
import { UpdateSessionController } from './commands/update-session/update-session.controller';
import { UpdateSessionHandler } from './commands/update-session/update-session.handler';
import { SessionRepository } from './domain/session-repository.port';
import { TypeOrmSessionRepository } from './infrastructure/session.repository';
import { GetSessionCalendarController } from './queries/get-session-calendar/get-session-calendar.controller';
import { GetSessionCalendarHandler } from './queries/get-session-calendar/get-session-calendar.handler';
import { GetSessionController } from './queries/get-session/get-session.controller';
import { GetSessionHandler } from './queries/get-session/get-session.handler';
import { ListSessionsController } from './queries/list-sessions/list-sessions.controller';
import { ListSessionsHandler } from './queries/list-sessions/list-sessions.handler';

/** The sessions context: sessions and their agendas, from plan to completion or cancellation. */
export const SESSION_PARTS = contextParts({
  useCases: [
    [AddAgendaItemController, AddAgendaItemHandler],
    [CancelSessionController, CancelSessionHandler],
    [ChangeAgendaItemController, ChangeAgendaItemHandler],
    [CompleteSessionController, CompleteSessionHandler],
    [PlanSessionController, PlanSessionHandler],
    [RemoveAgendaItemController, RemoveAgendaItemHandler],
    [ScheduleSessionController, ScheduleSessionHandler],
    [UpdateSessionController, UpdateSessionHandler],
    [GetSessionCalendarController, GetSessionCalendarHandler],
    [GetSessionController, GetSessionHandler],
    [ListSessionsController, ListSessionsHandler],
  ],
  providers: [{ provide: SessionRepository, useClass: TypeOrmSessionRepository }],
});
