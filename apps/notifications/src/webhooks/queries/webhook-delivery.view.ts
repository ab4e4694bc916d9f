import { ApiProperty } from '@nestjs/swagger';
import type { WebhookDeliveryRow } from '../domain/webhook.records';

export class WebhookAttemptView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: no HTTP answer' }) statusCode:
    number | null;
  @ApiProperty({ type: 'string', nullable: true }) error: string | null;
  @ApiProperty() durationMs: number;
}

/** One event sent (or being sent) to one endpoint, with every attempt. */
export class WebhookDeliveryView {
  @ApiProperty({ example: 'msg_…', description: 'the webhook-id header, the same on every retry' })
  id: string;
  @ApiProperty() eventId: string;
  @ApiProperty() eventType: string;
  @ApiProperty({ enum: ['PENDING', 'SUCCEEDED', 'GAVE_UP', 'CANCELLED'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) nextAttemptAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) lastStatusCode: number | null;
  @ApiProperty({ type: 'string', nullable: true }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: [WebhookAttemptView] }) attemptLog: WebhookAttemptView[];
}

export class WebhookDeliveryPageView {
  @ApiProperty({ type: [WebhookDeliveryView] }) items: WebhookDeliveryView[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}

export function toWebhookDeliveryView(r: WebhookDeliveryRow): WebhookDeliveryView {
  return {
    id: r.id,
    eventId: r.event_id,
    eventType: r.event_type,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.status === 'PENDING' ? r.next_attempt_at.toISOString() : null,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    createdAt: r.created_at.toISOString(),
    completedAt: r.completed_at ? r.completed_at.toISOString() : null,
    attemptLog: (r.attempt_log ?? []).map((a) => ({
      at: new Date(a.at).toISOString(),
      statusCode: a.status_code,
      error: a.error,
      durationMs: a.duration_ms,
    })),
  };
}

export const DELIVERY_COLUMNS = `d.id, d.event_id, d.event_type, d.status, d.attempts, d.next_attempt_at, d.last_status_code, d.last_error,
  d.created_at, d.completed_at,
  (SELECT json_agg(json_build_object('at', a.attempted_at, 'status_code', a.status_code, 'error', a.error, 'duration_ms', a.duration_ms) ORDER BY a.id)
     FROM webhook_attempts a WHERE a.delivery_id = d.id) AS attempt_log`;
