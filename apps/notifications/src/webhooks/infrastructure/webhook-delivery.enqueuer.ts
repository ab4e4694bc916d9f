import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@csg/contracts';
import type { TlpMarking } from '@csg/auth';
import { integrationMayRead, type MarkedEvent } from '../../event-feed/domain/event-marking.rule';

interface SubscribedWebhook {
  id: string;
  owner_agency_id: string | null;
  event_types: string[];
  tlp_clearance: TlpMarking;
}

/**
 * Queues one delivery per ACTIVE webhook that subscribed to the event's type and may read it
 * (its owner agency's members' reach, or its clearance), in one statement. The delivery id is the
 * `webhook-id` every retry repeats; the payload is fixed now, so retries send the same bytes.
 */
export async function enqueueWebhookDeliveries(
  manager: EntityManager,
  event: CloudEvent,
  marking: MarkedEvent,
): Promise<number> {
  const candidates: SubscribedWebhook[] = await manager.query(
    `SELECT w.id, w.owner_agency_id, w.event_types, w.tlp_clearance FROM webhooks w
      LEFT JOIN agency_directory a ON a.agency_id = w.owner_agency_id
      WHERE w.status = 'ACTIVE' AND $1 = ANY(w.event_types) AND (w.owner_agency_id IS NULL OR a.status = 'ACTIVE')`,
    [event.type],
  );
  const targets = candidates.filter((w) =>
    integrationMayRead(
      {
        kind: 'integration',
        clientId: w.id,
        ownerAgencyId: w.owner_agency_id,
        eventTypes: w.event_types,
        tlpClearance: w.tlp_clearance,
      },
      event.type,
      marking,
    ),
  );
  if (targets.length === 0) return 0;
  const payload = JSON.stringify({
    type: event.type,
    timestamp: event.time,
    id: event.id,
    source: event.source,
    subject: event.subject ?? null,
    data: event.data,
  });
  await manager.query(
    `INSERT INTO webhook_deliveries (id, webhook_id, event_id, event_type, payload, status, next_attempt_at, created_at)
     SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), w, $2, $3, $4, 'PENDING', now(), now()
       FROM unnest($1::uuid[]) AS w
     ON CONFLICT (webhook_id, event_id) DO NOTHING`,
    [targets.map((t) => t.id), event.id, event.type, payload],
  );
  await manager.query(`SELECT pg_notify('csg_webhooks', '')`);
  return targets.length;
}
