import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';

/** Every migration of the sessions database, in order (its declaration passes them on). */
export const SESSIONS_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  CreateMembershipProjection1764300000100,
];
