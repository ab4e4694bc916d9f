import { CreateAgencyDirectory1764300000300 } from '@csg/auth/agency-directory';
import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateIdempotencyKeys1764300000200 } from '@csg/http/conventions/1764300000200-create-idempotency-keys.migration';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';
import { DropOutboxNotifyTrigger1764300000010 } from '@csg/messaging/migrations/1764300000010-drop-outbox-notify-trigger.migration';
import { OutboxTraceContext1764300000020 } from '@csg/messaging/migrations/1764300000020-outbox-trace-context.migration';
import { CreateCertificates1764300002400 } from './certificates/infrastructure/migrations/1764300002400-create-certificates.migration';
import { CreateFeedback1764300002300 } from './feedback/infrastructure/migrations/1764300002300-create-feedback.migration';
import { CreateMaterials1764300002200 } from './materials/infrastructure/migrations/1764300002200-create-materials.migration';
import { CreateRegistrations1764300002100 } from './registrations/infrastructure/migrations/1764300002100-create-registrations.migration';
import { CreateSessions1764300002000 } from './sessions/infrastructure/migrations/1764300002000-create-sessions.migration';

/** Every migration of the sessions database, in order (its declaration passes them on). */
export const SESSIONS_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  DropOutboxNotifyTrigger1764300000010,
  OutboxTraceContext1764300000020,
  CreateMembershipProjection1764300000100,
  CreateIdempotencyKeys1764300000200,
  CreateAgencyDirectory1764300000300,
  CreateSessions1764300002000,
  CreateRegistrations1764300002100,
  CreateMaterials1764300002200,
  CreateFeedback1764300002300,
  CreateCertificates1764300002400,
];
