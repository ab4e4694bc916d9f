import { CreateAgencyDirectory1764300000300 } from '@csg/auth/agency-directory';
import { CreateMembershipProjection1764300000100 } from '@csg/auth/membership';
import { CreateIdempotencyKeys1764300000200 } from '@csg/http/conventions/1764300000200-create-idempotency-keys.migration';
import { CreateOutboxAndInbox1764300000000 } from '@csg/messaging/migrations/1764300000000-create-outbox-and-inbox.migration';
import { DropOutboxNotifyTrigger1764300000010 } from '@csg/messaging/migrations/1764300000010-drop-outbox-notify-trigger.migration';
import { OutboxTraceContext1764300000020 } from '@csg/messaging/migrations/1764300000020-outbox-trace-context.migration';
import { CreateAssessments1764300005300 } from './assessments/infrastructure/migrations/1764300005300-create-assessments.migration';
import { CreateCampaigns1764300005200 } from './campaigns/infrastructure/migrations/1764300005200-create-campaigns.migration';
import { CreateFrameworks1764300005000 } from './frameworks/infrastructure/migrations/1764300005000-create-frameworks.migration';
import { CreatePracticeProjection1764300005500 } from './recommendations/infrastructure/migrations/1764300005500-create-practice-projection.migration';
import { CreateSessionProjection1764300005600 } from './reports/infrastructure/migrations/1764300005600-create-session-projection.migration';
import { CreateProjectedSessions1764300005700 } from './reports/infrastructure/migrations/1764300005700-create-projected-sessions.migration';
import { CreateRoadmaps1764300005400 } from './roadmaps/infrastructure/migrations/1764300005400-create-roadmaps.migration';

/** Every migration of the maturity database, in order (its service declaration passes them on). */
export const MATURITY_MIGRATIONS = [
  CreateOutboxAndInbox1764300000000,
  DropOutboxNotifyTrigger1764300000010,
  OutboxTraceContext1764300000020,
  CreateMembershipProjection1764300000100,
  CreateIdempotencyKeys1764300000200,
  CreateAgencyDirectory1764300000300,
  CreateFrameworks1764300005000,
  CreateCampaigns1764300005200,
  CreateAssessments1764300005300,
  CreateRoadmaps1764300005400,
  CreatePracticeProjection1764300005500,
  CreateSessionProjection1764300005600,
  CreateProjectedSessions1764300005700,
];
