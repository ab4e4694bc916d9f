import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateIdempotencyKeys1764300000200 } from '@csg/http/conventions/1764300000200-create-idempotency-keys.migration';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';
import { DropOutboxNotifyTrigger1764300000010 } from '@csg/messaging/migrations/1764300000010-drop-outbox-notify-trigger.migration';
import { OutboxTraceContext1764300000020 } from '@csg/messaging/migrations/1764300000020-outbox-trace-context.migration';
import { CreateAgencies1764300001000 } from './agencies/infrastructure/migrations/1764300001000-create-agencies.migration';
import { AddAgencyApplicationsAndSearch1764300001100 } from './agencies/infrastructure/migrations/1764300001100-add-agency-applications-and-search.migration';
import { DescribeGeneratedColumnsForTypeorm1764300001300 } from './agencies/infrastructure/migrations/1764300001300-describe-generated-columns-for-typeorm.migration';
import { CreateMembers1764300001200 } from './members/infrastructure/migrations/1764300001200-create-members.migration';

/**
 * Every migration of the agencies database, in order (its declaration passes them on). The
 * membership projection's tables stay (an early migration) although the service now reads its
 * own members table (ADR 6).
 */
export const AGENCIES_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  DropOutboxNotifyTrigger1764300000010,
  OutboxTraceContext1764300000020,
  CreateMembershipProjection1764300000100,
  CreateIdempotencyKeys1764300000200,
  CreateAgencies1764300001000,
  AddAgencyApplicationsAndSearch1764300001100,
  CreateMembers1764300001200,
  DescribeGeneratedColumnsForTypeorm1764300001300,
];
