import { Injectable } from '@nestjs/common';
import { WebhookDeliveryFailed, WebhookDisabled } from '@csg/contracts';
import { egressDecision, type TlpMarking } from '@csg/auth';
import { UnitOfWork, type TransactionContext } from '@csg/messaging';
import { JsonLogger } from '@csg/observability';
import { inSpan, type StoredTraceContext } from '@csg/observability/tracing';
import { PeriodicWorkerProvider } from '@csg/runtime';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { webhookAttempts } from '../../observability/notifications.metrics';
import {
  decideAfterAttempt,
  failingTooLong,
  parseRetryAfter,
  WEBHOOK_TIMEOUT_MS,
} from '../domain/delivery-outcome.rule';
import { webhookSignatureHeader } from '../domain/webhook-signature';
import { parseAllowList } from '../domain/webhook-target.rule';
import { postGuarded, type GuardedResponse } from './guarded-http.client';
import { definitionOf, loadEgressWorld } from '../../event-feed/infrastructure/egress-world.loader';
import { SecretBox } from './secret-box';
import { webhookReader } from './webhook-delivery.enqueuer';

interface ClaimedDelivery {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  payload: string;
  attempts: number;
  url: string;
  owner_agency_id: string | null;
  event_types: string[];
  tlp_clearance: TlpMarking;
  secret_ciphertext: string;
  previous_secret_ciphertext: string | null;
  previous_secret_expires_at: Date | null;
  /** The trace of the event handling that queued it (ADR 74). */
  trace_context: StoredTraceContext | null;
}

const LEASE_SECONDS = 60;
const DEFAULT_DISABLE_AFTER_MS = 3 * 24 * 3600 * 1000;

/**
 * Sends queued webhook deliveries: claims due ones with `FOR UPDATE SKIP LOCKED` and a lease (a
 * crashed sender's deliveries come due again), signs them (Standard Webhooks; both secrets during
 * a rotation), posts through the guarded client, and records each attempt and its outcome with
 * the events it causes (delivery failed, endpoint disabled) in one transaction.
 */
@Injectable()
export class WebhookDispatcher extends PeriodicWorkerProvider {
  private readonly log = new JsonLogger('notifications:webhooks');
  private readonly secrets = new SecretBox();
  private readonly allow = parseAllowList(process.env.WEBHOOK_ALLOW_HOSTS);
  private readonly disableAfterMs = Number(process.env.WEBHOOK_DISABLE_AFTER_MS ?? DEFAULT_DISABLE_AFTER_MS);
  private readonly timeoutMs = Number(process.env.WEBHOOK_TIMEOUT_MS ?? WEBHOOK_TIMEOUT_MS);

  constructor(private readonly unitOfWork: UnitOfWork) {
    super({
      name: 'notifications:webhooks',
      intervalMs: Number(process.env.NOTIFICATIONS_WEBHOOK_INTERVAL_MS ?? 1000),
    });
  }

  protected override async work(): Promise<void> {
    const claimed = await this.claim();
    const allowed = await this.stillAllowed(claimed);
    await Promise.all(allowed.map((d) => this.deliver(d)));
  }

  private claim(): Promise<ClaimedDelivery[]> {
    return this.unitOfWork.run((tx) =>
      tx.manager.query(
        `WITH due AS (
           SELECT id FROM webhook_deliveries WHERE status = 'PENDING' AND next_attempt_at <= now()
            ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED),
         claimed AS (
           UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
             FROM due, webhooks w
            WHERE d.id = due.id AND w.id = d.webhook_id
           RETURNING d.id, d.webhook_id, d.event_id, d.event_type, d.payload, d.attempts, w.url, w.owner_agency_id,
                     w.event_types, w.tlp_clearance,
                     w.secret_ciphertext, w.previous_secret_ciphertext, w.previous_secret_expires_at, d.trace_context)
         SELECT * FROM claimed`,
      ),
    );
  }

  /** One attempt, in a span that continues the trace of the event it delivers (ADR 74). */
  private deliver(d: ClaimedDelivery): Promise<void> {
    const attributes = {
      'csg.webhook.id': d.webhook_id,
      'csg.webhook.delivery_id': d.id,
      'csg.webhook.attempt': d.attempts + 1,
      'cloudevents.event_id': d.event_id,
      'cloudevents.event_type': d.event_type,
    };
    return inSpan(
      'webhook delivery',
      { kind: SpanKind.CLIENT, causedBy: [d.trace_context], attributes },
      async (span) => {
        const response = await this.attempt(d);
        if (response.status !== null) span?.setAttribute('http.response.status_code', response.status);
        if (response.error || response.status === null || response.status >= 300)
          span?.setStatus({
            code: SpanStatusCode.ERROR,
            message: response.error ?? `HTTP ${response.status}`,
          });
        await this.unitOfWork.run((tx) => this.record(d, response, tx));
      },
    );
  }

  private attempt(d: ClaimedDelivery): Promise<GuardedResponse> {
    const timestamp = Math.floor(Date.now() / 1000);
    const live = [this.secrets.open(d.secret_ciphertext)];
    if (
      d.previous_secret_ciphertext &&
      d.previous_secret_expires_at &&
      d.previous_secret_expires_at > new Date()
    )
      live.push(this.secrets.open(d.previous_secret_ciphertext));
    return postGuarded(
      d.url,
      {
        'content-type': 'application/json',
        'user-agent': 'csg-webhooks/1',
        'webhook-id': d.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': webhookSignatureHeader(live, d.id, timestamp, d.payload),
      },
      d.payload,
      this.allow,
      this.timeoutMs,
    );
  }

  /**
   * Access may have changed since the deliveries were queued (the owner agency suspended, the
   * practice withdrawn or narrowed): the egress policy decides again for the whole claimed batch
   * (one lookup of the world, one statement for the refused); a delivery it refuses is cancelled
   * with the reason, never sent.
   */
  private async stillAllowed(claimed: ClaimedDelivery[]): Promise<ClaimedDelivery[]> {
    if (claimed.length === 0) return claimed;
    const dataOf = (d: ClaimedDelivery) =>
      ((JSON.parse(d.payload) as { data?: unknown }).data ?? {}) as Record<string, unknown>;
    return this.unitOfWork.run(async (tx) => {
      const events = claimed.map((d) => ({ type: d.event_type, data: dataOf(d) }));
      const world = await loadEgressWorld(
        tx.manager,
        events,
        claimed.map((d) => d.owner_agency_id),
      );
      const refused: Array<{ id: string; reason: string }> = [];
      const allowed = claimed.filter((d, i) => {
        const definition = definitionOf(d.event_type);
        const decision = definition
          ? egressDecision(definition, events[i].data, webhookReader(d), world)
          : ({ deliver: false, reason: 'UNDECLARED' } as const);
        if (!decision.deliver) refused.push({ id: d.id, reason: `withheld at delivery: ${decision.reason}` });
        return decision.deliver;
      });
      if (refused.length > 0) {
        webhookAttempts.inc({ outcome: 'WITHHELD' }, refused.length);
        await tx.manager.query(
          `UPDATE webhook_deliveries d SET status = 'CANCELLED', last_error = r.reason, completed_at = now()
             FROM unnest($1::text[], $2::text[]) AS r(id, reason) WHERE d.id = r.id`,
          [refused.map((r) => r.id), refused.map((r) => r.reason)],
        );
      }
      return allowed;
    });
  }

  private async record(d: ClaimedDelivery, response: GuardedResponse, tx: TransactionContext): Promise<void> {
    const now = new Date();
    const attempts = d.attempts + 1;
    const m = tx.manager;
    await m.query(
      `INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)`,
      [d.id, now, response.status, response.error, response.durationMs],
    );
    const decision = decideAfterAttempt(
      { status: response.status, retryAfterSeconds: parseRetryAfter(response.retryAfter, now) },
      attempts,
      now,
    );
    webhookAttempts.inc({ outcome: decision.kind });
    const update = (status: string, next: Date) =>
      m.query(
        `UPDATE webhook_deliveries SET status = $2, attempts = $3, next_attempt_at = $4, last_status_code = $5, last_error = $6,
           completed_at = CASE WHEN $2 = 'PENDING' THEN NULL ELSE now() END WHERE id = $1`,
        [d.id, status, attempts, next, response.status, response.error],
      );
    if (decision.kind === 'SUCCEEDED') {
      await update('SUCCEEDED', now);
      await m.query(
        `UPDATE webhooks SET failing_since = NULL, status = 'ACTIVE', disabled_reason = NULL WHERE id = $1`,
        [d.webhook_id],
      );
      return;
    }
    const rows: Array<{ failing_since: Date; status: string }> = await m.query(
      `WITH u AS (UPDATE webhooks SET failing_since = COALESCE(failing_since, now()) WHERE id = $1 RETURNING failing_since, status)
       SELECT * FROM u`,
      [d.webhook_id],
    );
    if (decision.kind === 'RETRY') {
      await update('PENDING', decision.at);
      if (rows[0]?.status === 'ACTIVE' && failingTooLong(rows[0].failing_since, now, this.disableAfterMs))
        await this.disable(d, 'FAILING_TOO_LONG', rows[0].failing_since, tx);
      return;
    }
    await update('GAVE_UP', now);
    tx.emit(WebhookDeliveryFailed, {
      webhookId: d.webhook_id,
      deliveryId: d.id,
      ownerAgencyId: d.owner_agency_id,
      eventId: d.event_id,
      eventType: d.event_type,
      attempts,
      lastStatusCode: response.status,
      reason: response.error ?? `HTTP ${response.status}`,
      occurredAt: now.toISOString(),
    });
    if (decision.kind === 'ENDPOINT_GONE' && rows[0]?.status === 'ACTIVE')
      await this.disable(d, 'GONE', rows[0].failing_since, tx);
  }

  /** Disables the endpoint, cancels what it still had queued, and says so in `webhook.disabled`. */
  private async disable(
    d: ClaimedDelivery,
    reason: 'GONE' | 'FAILING_TOO_LONG',
    failingSince: Date | null,
    tx: TransactionContext,
  ): Promise<void> {
    await tx.manager.query(
      `UPDATE webhooks SET status = 'DISABLED', disabled_reason = $2, version = version + 1 WHERE id = $1`,
      [d.webhook_id, reason],
    );
    await tx.manager.query(
      `UPDATE webhook_deliveries SET status = 'CANCELLED', completed_at = now() WHERE webhook_id = $1 AND status = 'PENDING' AND id <> $2`,
      [d.webhook_id, d.id],
    );
    if (reason === 'FAILING_TOO_LONG')
      await tx.manager.query(
        `UPDATE webhook_deliveries SET status = 'CANCELLED', completed_at = now() WHERE id = $1`,
        [d.id],
      );
    this.log.warn('webhook disabled', { webhookId: d.webhook_id, reason });
    tx.emit(WebhookDisabled, {
      webhookId: d.webhook_id,
      ownerAgencyId: d.owner_agency_id,
      reason,
      failingSince: failingSince ? failingSince.toISOString() : null,
      occurredAt: new Date().toISOString(),
    });
  }
}
