import { contextParts } from '@csg/runtime';
import { CancelRegistrationController } from './commands/cancel-registration/cancel-registration.controller';
import { CancelRegistrationHandler } from './commands/cancel-registration/cancel-registration.handler';
import { CheckInController } from './commands/check-in/check-in.controller';
import { CheckInHandler } from './commands/check-in/check-in.handler';
import { RecordAttendanceController } from './commands/record-attendance/record-attendance.controller';
import { RecordAttendanceHandler } from './commands/record-attendance/record-attendance.handler';
import { RegisterParticipantsController } from './commands/register-participants/register-participants.controller';
import { RegisterParticipantsHandler } from './commands/register-participants/register-participants.handler';
import { RegistrationRepository } from './domain/registration-repository.port';
import { CHECK_IN_SECRET, loadCheckInSecret } from './infrastructure/check-in-secret';
import { TypeOrmRegistrationRepository } from './infrastructure/registration.repository';
import { ListRegistrationsController } from './queries/list-registrations/list-registrations.controller';
import { ListRegistrationsHandler } from './queries/list-registrations/list-registrations.handler';

/** The registrations context: places with waitlists, cancellations, check-in and attendance. */
export const REGISTRATION_PARTS = contextParts({
  useCases: [
    [CancelRegistrationController, CancelRegistrationHandler],
    [CheckInController, CheckInHandler],
    [RecordAttendanceController, RecordAttendanceHandler],
    [RegisterParticipantsController, RegisterParticipantsHandler],
    [ListRegistrationsController, ListRegistrationsHandler],
  ],
  providers: [
    { provide: CHECK_IN_SECRET, useFactory: () => loadCheckInSecret() },
    { provide: RegistrationRepository, useClass: TypeOrmRegistrationRepository },
  ],
});
