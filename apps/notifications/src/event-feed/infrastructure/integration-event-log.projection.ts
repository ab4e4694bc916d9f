import { Injectable } from '@nestjs/common';
import { CURATED_TOPIC_READERS, egressDecision } from '@csg/auth';
import { INTEGRATION_TOPICS, PLATFORM_EVENTS, toBinaryHeaders, type CloudEvent } from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import { enqueueWebhookDeliveries } from '../../webhooks/infrastructure/webhook-delivery.enqueuer';
import { markingOf } from '../domain/event-marking.rule';
import { definitionOf, loadEgressWorld, recordSubjectState } from './egress-world.loader';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The integration event log: every event of every topic, once (by its CloudEvents id), with its
 * marking, and the current state of the thing it is about (egress_subjects). In the same
 * transaction as the inbox row it queues the webhook deliveries the event is for and copies it to
 * the curated topics whose readers the egress policy lets read it (through the outbox, in the
 * view those readers get), so a redelivered event is logged, delivered and curated exactly once.
 */
@Injectable()
export class IntegrationEventLogProjection {
  @OnIntegrationEvent(...PLATFORM_EVENTS.map((e) => e.type))
  async onAnyEvent(event: CloudEvent, tx: TransactionContext): Promise<void> {
    const data = (event.data ?? {}) as Record<string, unknown>;
    const marking = markingOf(data);
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
        JSON.stringify(data),
        marking.tlp,
        owner,
        shared,
        marking.recipientSubs ?? [],
      ],
    );
    if (rows.length === 0) return;
    await recordSubjectState(tx.manager, event.type, data);
    await enqueueWebhookDeliveries(tx.manager, event);
    await this.curate(event, data, tx);
    await tx.manager.query(`SELECT pg_notify('csg_feed', $1)`, [rows[0].seq]);
  }

  /** `csg.integration.clear` carries what anyone may read, `.green` what the community may read. */
  private async curate(
    event: CloudEvent,
    data: Record<string, unknown>,
    tx: TransactionContext,
  ): Promise<void> {
    const definition = definitionOf(event.type);
    if (!definition?.egress || definition.egress.to === 'nobody') return;
    const world = await loadEgressWorld(tx.manager, [{ type: event.type, data }], []);
    for (const [reach, topic] of [
      ['clear', INTEGRATION_TOPICS.clear],
      ['green', INTEGRATION_TOPICS.green],
    ] as const) {
      const decision = egressDecision(definition, data, CURATED_TOPIC_READERS[reach], world);
      if (!decision.deliver) continue;
      tx.emitRaw({
        topic,
        key: event.subject ?? event.id,
        eventType: event.type,
        headers: toBinaryHeaders(event),
        value: JSON.stringify(decision.data),
      });
    }
  }
}
