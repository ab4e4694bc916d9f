import { egress } from '../egress';
import { defineIntegrationEvent } from '../integration-event.definition';
import { serviceTopic } from '../topics';
import { nullableString, objectSchema, timestamp, tlp, uuid } from './common.schemas';

export const ANNOUNCEMENT_PRIORITIES = ['NORMAL', 'URGENT'] as const;
export const AUDIENCE_KINDS = ['ALL', 'TIERS', 'SECTORS', 'AGENCIES', 'SESSION_PARTICIPANTS'] as const;

export interface AnnouncementPublishedData {
  announcementId: string;
  /** Null when the announcement is TLP:RED: its events carry ids, not content. */
  title: string | null;
  body: string | null;
  priority: (typeof ANNOUNCEMENT_PRIORITIES)[number];
  audience: { kind: (typeof AUDIENCE_KINDS)[number]; values: string[] };
  tlp: string;
  /** The one agency a TLP:AMBER+STRICT announcement stays inside; null otherwise. */
  ownerAgencyId?: string | null;
  /** Agencies a TLP:AMBER announcement is shared with (its audience's agencies). */
  sharedWithAgencyIds: string[];
  recipientCount: number;
  publishedAt: string;
}

export interface WebhookDeliveryFailedData {
  webhookId: string;
  deliveryId: string;
  ownerAgencyId: string | null;
  eventId: string;
  eventType: string;
  attempts: number;
  lastStatusCode: number | null;
  reason: string;
  occurredAt: string;
}

export interface WebhookDisabledData {
  webhookId: string;
  ownerAgencyId: string | null;
  reason: 'GONE' | 'FAILING_TOO_LONG';
  failingSince: string | null;
  occurredAt: string;
}

export const AnnouncementPublished = defineIntegrationEvent({
  type: 'csg.notifications.announcement.published.v1',
  egress: egress.readers(
    { kind: 'announcement', idField: 'announcementId' },
    "Agencies in its audience (ALL, TIERS, SECTORS, AGENCIES) within its marking, and the platform's clients cleared for it; a SESSION_PARTICIPANTS announcement only the platform's clients.",
  ),
  topic: serviceTopic('notifications'),
  description:
    "An organiser's announcement reached its audience's inboxes (TLP:RED announcements carry no title or body).",
  partitionKey: 'announcementId',
  marked: true,
  schema: objectSchema(
    {
      announcementId: uuid,
      title: nullableString,
      body: nullableString,
      priority: { type: 'string', enum: ANNOUNCEMENT_PRIORITIES },
      audience: objectSchema(
        {
          kind: { type: 'string', enum: AUDIENCE_KINDS },
          values: { type: 'array', items: { type: 'string' } },
        },
        ['kind', 'values'],
      ),
      tlp,
      ownerAgencyId: { type: ['string', 'null'], format: 'uuid' },
      sharedWithAgencyIds: { type: 'array', items: uuid },
      recipientCount: { type: 'integer', minimum: 0 },
      publishedAt: timestamp,
    },
    ['announcementId', 'priority', 'audience', 'tlp', 'recipientCount', 'publishedAt'],
  ),
});

export const WebhookDeliveryFailed = defineIntegrationEvent({
  type: 'csg.notifications.webhook.delivery-failed.v1',
  egress: egress.owner(
    'ownerAgencyId',
    "The agency that owns the webhook (a platform webhook: the platform's clients).",
    { marking: 'TLP:AMBER+STRICT' },
  ),
  topic: serviceTopic('notifications'),
  description: 'A webhook delivery gave up after its last retry (about a day of attempts).',
  partitionKey: 'webhookId',
  schema: objectSchema(
    {
      webhookId: uuid,
      deliveryId: { type: 'string', minLength: 1 },
      ownerAgencyId: { type: ['string', 'null'], format: 'uuid' },
      eventId: { type: 'string', minLength: 1 },
      eventType: { type: 'string', minLength: 1 },
      attempts: { type: 'integer', minimum: 1 },
      lastStatusCode: { type: ['integer', 'null'] },
      reason: { type: 'string' },
      occurredAt: timestamp,
    },
    ['webhookId', 'deliveryId', 'eventId', 'eventType', 'attempts', 'reason', 'occurredAt'],
  ),
});

export const WebhookDisabled = defineIntegrationEvent({
  type: 'csg.notifications.webhook.disabled.v1',
  egress: egress.owner(
    'ownerAgencyId',
    "The agency that owns the webhook (a platform webhook: the platform's clients).",
    { marking: 'TLP:AMBER+STRICT' },
  ),
  topic: serviceTopic('notifications'),
  description:
    'A webhook endpoint was disabled: it answered 410 Gone, or kept failing for longer than the configured time.',
  partitionKey: 'webhookId',
  schema: objectSchema(
    {
      webhookId: uuid,
      ownerAgencyId: { type: ['string', 'null'], format: 'uuid' },
      reason: { type: 'string', enum: ['GONE', 'FAILING_TOO_LONG'] },
      failingSince: { type: ['string', 'null'], format: 'date-time' },
      occurredAt: timestamp,
    },
    ['webhookId', 'reason', 'occurredAt'],
  ),
});

export const NOTIFICATIONS_EVENTS = [AnnouncementPublished, WebhookDeliveryFailed, WebhookDisabled];
