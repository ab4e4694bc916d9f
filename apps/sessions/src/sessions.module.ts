import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import type { ServiceModuleConfig } from '@csg/runtime';
import { AgencyDirectoryProjection } from './agency-directory/infrastructure/agency-directory.projection';
import { SubmitFeedbackController } from './feedback/commands/submit-feedback/submit-feedback.controller';
import { SubmitFeedbackHandler } from './feedback/commands/submit-feedback/submit-feedback.handler';
import { GetFeedbackSummaryController } from './feedback/queries/get-feedback-summary/get-feedback-summary.controller';
import { GetFeedbackSummaryHandler } from './feedback/queries/get-feedback-summary/get-feedback-summary.handler';
import { PublishMaterialController } from './materials/commands/publish-material/publish-material.controller';
import { PublishMaterialHandler } from './materials/commands/publish-material/publish-material.handler';
import { ListMaterialsController } from './materials/queries/list-materials/list-materials.controller';
import { ListMaterialsHandler } from './materials/queries/list-materials/list-materials.handler';
import { CancelRegistrationController } from './registrations/commands/cancel-registration/cancel-registration.controller';
import { CancelRegistrationHandler } from './registrations/commands/cancel-registration/cancel-registration.handler';
import { CheckInController } from './registrations/commands/check-in/check-in.controller';
import { CheckInHandler } from './registrations/commands/check-in/check-in.handler';
import { RecordAttendanceController } from './registrations/commands/record-attendance/record-attendance.controller';
import { RecordAttendanceHandler } from './registrations/commands/record-attendance/record-attendance.handler';
import { RegisterParticipantsController } from './registrations/commands/register-participants/register-participants.controller';
import { RegisterParticipantsHandler } from './registrations/commands/register-participants/register-participants.handler';
import { ListRegistrationsController } from './registrations/queries/list-registrations/list-registrations.controller';
import { ListRegistrationsHandler } from './registrations/queries/list-registrations/list-registrations.handler';
import { ParticipationReportController } from './reports/queries/participation-report/participation-report.controller';
import { ParticipationReportHandler } from './reports/queries/participation-report/participation-report.handler';
import { AddAgendaItemController } from './sessions/commands/add-agenda-item/add-agenda-item.controller';
import { AddAgendaItemHandler } from './sessions/commands/add-agenda-item/add-agenda-item.handler';
import { CancelSessionController } from './sessions/commands/cancel-session/cancel-session.controller';
import { CancelSessionHandler } from './sessions/commands/cancel-session/cancel-session.handler';
import { ChangeAgendaItemController } from './sessions/commands/change-agenda-item/change-agenda-item.controller';
import { ChangeAgendaItemHandler } from './sessions/commands/change-agenda-item/change-agenda-item.handler';
import { CompleteSessionController } from './sessions/commands/complete-session/complete-session.controller';
import { CompleteSessionHandler } from './sessions/commands/complete-session/complete-session.handler';
import { PlanSessionController } from './sessions/commands/plan-session/plan-session.controller';
import { PlanSessionHandler } from './sessions/commands/plan-session/plan-session.handler';
import { RemoveAgendaItemController } from './sessions/commands/remove-agenda-item/remove-agenda-item.controller';
import { RemoveAgendaItemHandler } from './sessions/commands/remove-agenda-item/remove-agenda-item.handler';
import { ScheduleSessionController } from './sessions/commands/schedule-session/schedule-session.controller';
import { ScheduleSessionHandler } from './sessions/commands/schedule-session/schedule-session.handler';
import { UpdateSessionController } from './sessions/commands/update-session/update-session.controller';
import { UpdateSessionHandler } from './sessions/commands/update-session/update-session.handler';
import { GetSessionCalendarController } from './sessions/queries/get-session-calendar/get-session-calendar.controller';
import { GetSessionCalendarHandler } from './sessions/queries/get-session-calendar/get-session-calendar.handler';
import { GetSessionController } from './sessions/queries/get-session/get-session.controller';
import { GetSessionHandler } from './sessions/queries/get-session/get-session.handler';
import { ListSessionsController } from './sessions/queries/list-sessions/list-sessions.controller';
import { ListSessionsHandler } from './sessions/queries/list-sessions/list-sessions.handler';
import { CHECK_IN_SECRET, loadCheckInSecret } from './registrations/infrastructure/check-in-secret';
import { AgencyDirectory } from './agency-directory/domain/agency-directory.port';
import { SqlAgencyDirectory } from './agency-directory/infrastructure/agency-directory.reader';
import { FeedbackRepository } from './feedback/domain/feedback-repository.port';
import { TypeOrmFeedbackRepository } from './feedback/infrastructure/feedback.repository';
import { MaterialRepository } from './materials/domain/material-repository.port';
import { TypeOrmMaterialRepository } from './materials/infrastructure/material.repository';
import { RegistrationRepository } from './registrations/domain/registration-repository.port';
import { TypeOrmRegistrationRepository } from './registrations/infrastructure/registration.repository';
import { SessionRepository } from './sessions/domain/session-repository.port';
import { TypeOrmSessionRepository } from './sessions/infrastructure/session.repository';
import { SESSIONS_ENTITIES } from './sessions.entities';
import { SESSIONS_MIGRATIONS } from './sessions.migrations';

/** The sessions service: programme sessions, agendas, registrations, attendance, materials, feedback and reports. */
@Module({})
export class SessionsModule {
  static register(options: ServiceModuleConfig): DynamicModule {
    return {
      module: SessionsModule,
      imports: [
        PersistenceModule.forService({
          name: 'sessions',
          url: options.databaseUrl,
          entities: SESSIONS_ENTITIES,
          migrations: SESSIONS_MIGRATIONS,
        }),
        MessagingModule.forService({
          service: 'sessions',
          databaseUrl: options.databaseUrl,
          outbox: options.outbox,
        }),
        ServiceAuthModule.forService('sessions'),
      ],
      controllers: [
        SubmitFeedbackController,
        GetFeedbackSummaryController,
        PublishMaterialController,
        ListMaterialsController,
        CancelRegistrationController,
        CheckInController,
        RecordAttendanceController,
        RegisterParticipantsController,
        ListRegistrationsController,
        ParticipationReportController,
        AddAgendaItemController,
        CancelSessionController,
        ChangeAgendaItemController,
        CompleteSessionController,
        PlanSessionController,
        RemoveAgendaItemController,
        ScheduleSessionController,
        UpdateSessionController,
        GetSessionCalendarController,
        GetSessionController,
        ListSessionsController,
      ],
      providers: [
        { provide: CHECK_IN_SECRET, useFactory: () => loadCheckInSecret() },
        AgencyDirectoryProjection,
        { provide: SessionRepository, useClass: TypeOrmSessionRepository },
        { provide: RegistrationRepository, useClass: TypeOrmRegistrationRepository },
        { provide: AgencyDirectory, useClass: SqlAgencyDirectory },
        { provide: MaterialRepository, useClass: TypeOrmMaterialRepository },
        { provide: FeedbackRepository, useClass: TypeOrmFeedbackRepository },
        SubmitFeedbackHandler,
        GetFeedbackSummaryHandler,
        PublishMaterialHandler,
        ListMaterialsHandler,
        CancelRegistrationHandler,
        CheckInHandler,
        RecordAttendanceHandler,
        RegisterParticipantsHandler,
        ListRegistrationsHandler,
        ParticipationReportHandler,
        AddAgendaItemHandler,
        CancelSessionHandler,
        ChangeAgendaItemHandler,
        CompleteSessionHandler,
        PlanSessionHandler,
        RemoveAgendaItemHandler,
        ScheduleSessionHandler,
        UpdateSessionHandler,
        GetSessionCalendarHandler,
        GetSessionHandler,
        ListSessionsHandler,
      ],
    };
  }
}
