import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateIdempotencyKeys1764300000200 } from '@csg/http/conventions/1764300000200-create-idempotency-keys.migration';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';
import { DropOutboxNotifyTrigger1764300000010 } from '@csg/messaging/migrations/1764300000010-drop-outbox-notify-trigger.migration';
import { OutboxTraceContext1764300000020 } from '@csg/messaging/migrations/1764300000020-outbox-trace-context.migration';
import { CreateCommentsAndEndorsements1764300003100 } from './discussion/infrastructure/migrations/1764300003100-create-comments-and-endorsements.migration';
import { CreatePractices1764300003000 } from './practices/infrastructure/migrations/1764300003000-create-practices.migration';
import { DescribeExchangeGeneratedColumnsForTypeorm1764300003200 } from './practices/infrastructure/migrations/1764300003200-describe-generated-columns.migration';
import { PendingRevisionsAndFourEyes1764300003400 } from './practices/infrastructure/migrations/1764300003400-pending-revisions-and-four-eyes.migration';
import { CreateKnownSessions1764300003300 } from './session-directory/infrastructure/migrations/1764300003300-create-known-sessions.migration';

/** Every migration of the exchange database, in order (its declaration, exchange.service.ts, passes them on). */
export const EXCHANGE_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  DropOutboxNotifyTrigger1764300000010,
  OutboxTraceContext1764300000020,
  CreateMembershipProjection1764300000100,
  CreateIdempotencyKeys1764300000200,
  CreatePractices1764300003000,
  CreateCommentsAndEndorsements1764300003100,
  DescribeExchangeGeneratedColumnsForTypeorm1764300003200,
  CreateKnownSessions1764300003300,
  PendingRevisionsAndFourEyes1764300003400,
];
