import { ApiProperty } from '@nestjs/swagger';
import { TLP_MARKINGS } from '@csg/contracts';
import type { WebhookRow } from '../domain/webhook.records';

/** A webhook endpoint as its managers see it (never its secret). */
export class WebhookView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ type: [String] }) eventTypes: string[];
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'null: owned by the platform' })
  agencyId: string | null;
  @ApiProperty({ enum: TLP_MARKINGS, description: 'as asked for at creation, or the default; never another' })
  tlpClearance: string;
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'GONE (it answered 410) or FAILING_TOO_LONG' })
  disabledReason: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) failingSince: string | null;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'until then the previous secret also signs',
  })
  previousSecretExpiresAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;
}

/** A webhook with its signing secret: answered once, at registration or rotation. */
export class RegisteredWebhookView extends WebhookView {
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: 'whsec_…',
    description: 'shown once (null when an Idempotency-Key retry replays the answer)',
  })
  secret: string | null;
}

export class WebhookPageView {
  @ApiProperty({ type: [WebhookView] }) items: WebhookView[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The webhook as its managers read it at `now` (a previous secret shows until it expires). */
export function toWebhookView(r: WebhookRow, now: Date): WebhookView {
  return {
    id: r.id,
    url: r.url,
    eventTypes: r.event_types,
    agencyId: r.owner_agency_id,
    tlpClearance: r.tlp_clearance,
    description: r.description,
    status: r.status,
    disabledReason: r.disabled_reason,
    failingSince: iso(r.failing_since),
    previousSecretExpiresAt:
      r.previous_secret_expires_at && r.previous_secret_expires_at > now
        ? iso(r.previous_secret_expires_at)
        : null,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  };
}
