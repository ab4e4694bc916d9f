import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';
import { registerServiceMigrations } from '@csg/persistence/migration-registry';

/** Every migration of the exchange database, in order; `npm run migrate` loads this file. */
export const EXCHANGE_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  CreateMembershipProjection1764300000100,
];

registerServiceMigrations('exchange', EXCHANGE_MIGRATIONS);
