import { Injectable } from '@nestjs/common';
import { PLATFORM_EVENTS, toBinaryHeaders, type CloudEvent } from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import { enqueueWebhookDeliveries } from '../../webhooks/infrastructure/webhook-delivery.enqueuer';
import { curatedTopicsFor, markingOf } from '../domain/event-marking.rule';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The integration event log: every event of every topic, once (by its CloudEvents id), with its
 * marking. In the same transaction as the inbox row it queues the webhook deliveries the event
 * is for and copies it to the curated topics its marking allows (through the outbox), so a
 * redelivered event is logged, delivered and curated exactly once.
 */
@Injectable()
export class IntegrationEventLogProjection {
  @OnIntegrationEvent(...PLATFORM_EVENTS.map((e) => e.type))
  async onAnyEvent(event: CloudEvent, tx: TransactionContext): Promise<void> {
    const marking = markingOf(event.data);
    const owner = marking.ownerAgencyId && UUID.test(marking.ownerAgencyId) ? marking.ownerAgencyId : null;
    const shared = (marking.sharedWithAgencyIds ?? []).filter((id) => UUID.test(id));
    const rows: Array<{ seq: string }> = await tx.manager.query(
      `INSERT INTO integration_events (event_id, type, source, subject, time, data, tlp, owner_agency_id, shared_with_agency_ids, recipient_subs)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (event_id) DO NOTHING RETURNING seq::text`,
      [
        event.id,
        event.type,
        event.source,
        event.subject ?? null,
        event.time,
        JSON.stringify(event.data),
        marking.tlp,
        owner,
        shared,
        marking.recipientSubs ?? [],
      ],
    );
    if (rows.length === 0) return;
    await enqueueWebhookDeliveries(tx.manager, event, {
      ...marking,
      ownerAgencyId: owner,
      sharedWithAgencyIds: shared,
    });
    for (const topic of curatedTopicsFor(marking)) {
      tx.emitRaw({
        topic,
        key: event.subject ?? event.id,
        eventType: event.type,
        headers: toBinaryHeaders(event),
        value: JSON.stringify(event.data),
      });
    }
    await tx.manager.query(`SELECT pg_notify('csg_feed', $1)`, [rows[0].seq]);
  }
}
