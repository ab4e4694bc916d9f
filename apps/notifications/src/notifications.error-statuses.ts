import type { ErrorStatuses } from '@csg/http';
import type { AnnouncementErrorCode } from './announcements/domain/announcement.errors';
import type { InboxErrorCode } from './inbox/domain/inbox.errors';
import type { IntegrationErrorCode } from './integrations/domain/integration-client.errors';
import type { MailErrorCode } from './mail/domain/mail.errors';
import type { WebhookErrorCode } from './webhooks/domain/webhook.errors';

/**
 * The notifications service's edge: the HTTP status of each of its error codes. Typed by the
 * codes, so a new code in domain/ does not compile until it is mapped here.
 */
export const NOTIFICATIONS_ERROR_STATUSES: ErrorStatuses<
  AnnouncementErrorCode | InboxErrorCode | WebhookErrorCode | IntegrationErrorCode | MailErrorCode
> = {
  'ANNOUNCEMENT.AUDIENCE_VALUES_INVALID': 422,
  'ANNOUNCEMENT.MARKING_NEEDS_NAMED_AGENCIES': 422,
  'ANNOUNCEMENT.MARKING_NEEDS_ONE_AGENCY': 422,
  'ANNOUNCEMENT.RED_NEEDS_RECIPIENTS': 422,
  'ANNOUNCEMENT.RECIPIENTS_ONLY_FOR_RED': 422,
  'ANNOUNCEMENT.PUBLISH_AT_TOO_FAR': 422,
  'NOTIFICATION.NOT_FOUND': 404,
  'PREFERENCES.CATEGORY_REPEATED': 422,
  'UNSUBSCRIBE.LINK_INVALID': 422,
  'WEBHOOK.NOT_FOUND': 404,
  'WEBHOOK.DELIVERY_NOT_FOUND': 404,
  'WEBHOOK.TARGET_INVALID': 422,
  'WEBHOOK.TARGET_FORBIDDEN': 422,
  'WEBHOOK.TARGET_UNRESOLVABLE': 422,
  'INTEGRATION.CLIENT_NOT_FOUND': 404,
  'INTEGRATION.CLIENT_REVOKED': 409,
  'INTEGRATION.EVENT_TYPES_UNKNOWN': 422,
  'INTEGRATION.CLEARANCE_TOO_HIGH': 422,
};
