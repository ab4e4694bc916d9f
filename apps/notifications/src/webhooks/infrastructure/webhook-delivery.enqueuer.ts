import type { EntityManager } from 'typeorm';
import { egressDecision, type IntegrationPrincipal, type TlpMarking } from '@csg/auth';
import type { CloudEvent } from '@csg/contracts';
import { activeTraceContext } from '@csg/observability/tracing';
import { definitionOf, loadEgressWorld } from '../../event-feed/infrastructure/egress-world.loader';

interface SubscribedWebhook {
  id: string;
  owner_agency_id: string | null;
  event_types: string[];
  tlp_clearance: TlpMarking;
}

/** A webhook as the egress policy sees it: an integration held by its owner agency or the platform. */
export function webhookReader(w: SubscribedWebhook): IntegrationPrincipal {
  return {
    kind: 'integration',
    clientId: w.id,
    ownerAgencyId: w.owner_agency_id,
    eventTypes: w.event_types,
    tlpClearance: w.tlp_clearance,
  };
}

/** The Standard Webhooks body of one event, in the view its receiver may read. */
function payloadOf(event: CloudEvent, data: Record<string, unknown>): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.time,
    id: event.id,
    source: event.source,
    subject: event.subject ?? null,
    data,
  });
}

/**
 * Queues one delivery per ACTIVE webhook that subscribed to the event's type and that the egress
 * policy lets receive it now (libs/auth `egressDecision`: the event type's declaration, the
 * webhook's owner agency and clearance), each with the view of the data its owner may read, in
 * one statement. The delivery id is the `webhook-id` every retry repeats; the payload is fixed
 * now, so retries send the same bytes (the dispatcher asks the policy again before each attempt).
 */
export async function enqueueWebhookDeliveries(manager: EntityManager, event: CloudEvent): Promise<number> {
  const definition = definitionOf(event.type);
  if (!definition?.egress || definition.egress.to === 'nobody') return 0;
  const candidates: SubscribedWebhook[] = await manager.query(
    `SELECT w.id, w.owner_agency_id, w.event_types, w.tlp_clearance FROM webhooks w
      WHERE w.status = 'ACTIVE' AND $1 = ANY(w.event_types)`,
    [event.type],
  );
  if (candidates.length === 0) return 0;
  const data = (event.data ?? {}) as Record<string, unknown>;
  const world = await loadEgressWorld(
    manager,
    [{ type: event.type, data }],
    candidates.map((w) => w.owner_agency_id),
  );
  const targets: Array<{ id: string; payload: string }> = [];
  for (const w of candidates) {
    const decision = egressDecision(definition, data, webhookReader(w), world);
    if (decision.deliver) targets.push({ id: w.id, payload: payloadOf(event, decision.data) });
  }
  if (targets.length === 0) return 0;
  await manager.query(
    `INSERT INTO webhook_deliveries (id, webhook_id, event_id, event_type, payload, status, next_attempt_at, created_at, trace_context)
     SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), t.w, $3, $4, t.payload, 'PENDING', now(), now(), $5::jsonb
       FROM unnest($1::uuid[], $2::text[]) AS t(w, payload)
     ON CONFLICT (webhook_id, event_id) DO NOTHING`,
    // The event handling's trace, which each attempt continues (ADR 74); null when tracing is off.
    [targets.map((t) => t.id), targets.map((t) => t.payload), event.id, event.type, activeTraceContext()],
  );
  await manager.query(`SELECT pg_notify('csg_webhooks', '')`);
  return targets.length;
}
