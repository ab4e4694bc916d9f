import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';
import { registerServiceMigrations } from '@csg/persistence/migration-registry';
import { CreateAgencyDirectory1764300004000 } from './agency-directory/infrastructure/migrations/1764300004000-create-agency-directory.migration';

/** Every migration of the notifications database, in order; `npm run migrate` loads this file. */
export const NOTIFICATIONS_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  CreateMembershipProjection1764300000100,
  CreateAgencyDirectory1764300004000,
];

registerServiceMigrations('notifications', NOTIFICATIONS_MIGRATIONS);
