import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';
import { CreateAgencyDirectory1764300004000 } from './agency-directory/infrastructure/migrations/1764300004000-create-agency-directory.migration';

/** Every migration of the notifications database, in order (its declaration passes them on). */
export const NOTIFICATIONS_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  CreateMembershipProjection1764300000100,
  CreateAgencyDirectory1764300004000,
];
