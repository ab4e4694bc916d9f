import { CreateAgencyDirectory1764300000300 } from '@csg/auth/agency-directory';
import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateIdempotencyKeys1764300000200 } from '@csg/http/conventions/1764300000200-create-idempotency-keys.migration';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';
import { DropOutboxNotifyTrigger1764300000010 } from '@csg/messaging/migrations/1764300000010-drop-outbox-notify-trigger.migration';
import { OutboxTraceContext1764300000020 } from '@csg/messaging/migrations/1764300000020-outbox-trace-context.migration';
import { CreateAnnouncements1764300004200 } from './announcements/infrastructure/migrations/1764300004200-create-announcements.migration';
import { SessionAnnouncementsReachLateJoiners1764300005800 } from './announcements/infrastructure/migrations/1764300005800-session-announcements-reach-late-joiners.migration';
import { CreateMemberDirectory1764300004100 } from './audiences/infrastructure/migrations/1764300004100-create-member-directory.migration';
import { CreateEgressSubjects1764300004700 } from './event-feed/infrastructure/migrations/1764300004700-create-egress-subjects.migration';
import { CreateInbox1764300004300 } from './inbox/infrastructure/migrations/1764300004300-create-inbox.migration';
import { LighterFanOut1764300004600 } from './inbox/infrastructure/migrations/1764300004600-lighter-fan-out.migration';
import { NotificationFactsKeepTheirTraceContext1764300007410 } from './inbox/infrastructure/migrations/1764300007410-notification-facts-keep-their-trace-context.migration';
import { CreateIntegrations1764300004400 } from './integrations/infrastructure/migrations/1764300004400-create-integrations.migration';
import { MailComposedWhenSent1764300005300 } from './mail/infrastructure/migrations/1764300005300-mail-composed-when-sent.migration';
import { CreateSessionSchedule1764300004500 } from './reactions/infrastructure/migrations/1764300004500-create-session-schedule.migration';
import { WebhookDeliveriesKeepTheirTraceContext1764300007400 } from './webhooks/infrastructure/migrations/1764300007400-webhook-deliveries-keep-their-trace-context.migration';

/** Every migration of the notifications database, in order (its declaration passes them on). */
export const NOTIFICATIONS_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  DropOutboxNotifyTrigger1764300000010,
  OutboxTraceContext1764300000020,
  CreateMembershipProjection1764300000100,
  CreateIdempotencyKeys1764300000200,
  CreateAgencyDirectory1764300000300,
  CreateMemberDirectory1764300004100,
  CreateAnnouncements1764300004200,
  CreateInbox1764300004300,
  CreateIntegrations1764300004400,
  CreateSessionSchedule1764300004500,
  LighterFanOut1764300004600,
  CreateEgressSubjects1764300004700,
  MailComposedWhenSent1764300005300,
  SessionAnnouncementsReachLateJoiners1764300005800,
  WebhookDeliveriesKeepTheirTraceContext1764300007400,
  NotificationFactsKeepTheirTraceContext1764300007410,
];
