import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';
import { registerServiceMigrations } from '@csg/persistence/migration-registry';
import { CreateAgencies1764300001000 } from './agencies/infrastructure/migrations/1764300001000-create-agencies.migration';

/** Every migration of the agencies database, in order; `npm run migrate` loads this file. */
export const AGENCIES_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  CreateMembershipProjection1764300000100,
  CreateAgencies1764300001000,
];

registerServiceMigrations('agencies', AGENCIES_MIGRATIONS);
