import { ApiProperty } from '@nestjs/swagger';
import { TLP_MARKINGS } from '@csg/contracts';
import type { IntegrationClientRow } from '../domain/integration-client.record';

/** An integration client as its managers see it (never its key). */
export class IntegrationClientView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'null: owned by the platform' })
  agencyId: string | null;
  @ApiProperty({ type: [String] }) eventTypes: string[];
  @ApiProperty({ enum: TLP_MARKINGS, description: 'as asked for at creation, or the default; never another' })
  tlpClearance: string;
  @ApiProperty({ description: 'the non-secret start of the current key, to recognise it' }) keyPrefix: string;
  @ApiProperty({ enum: ['ACTIVE', 'REVOKED'] }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) rotatedAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty() version: number;
}

/** A client with its API key: answered once, when the key is issued or rotated. */
export class IssuedIntegrationClientView extends IntegrationClientView {
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: 'csg_…',
    description:
      'shown once; only its hash is stored (null when an Idempotency-Key retry replays the answer)',
  })
  apiKey: string | null;
}

export class IntegrationClientPageView {
  @ApiProperty({ type: [IntegrationClientView] }) items: IntegrationClientView[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}

export function toIntegrationClientView(r: IntegrationClientRow): IntegrationClientView {
  return {
    id: r.id,
    name: r.name,
    agencyId: r.owner_agency_id,
    eventTypes: r.event_types,
    tlpClearance: r.tlp_clearance,
    keyPrefix: `csg_${r.key_id}`,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    rotatedAt: r.rotated_at ? r.rotated_at.toISOString() : null,
    revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
    version: r.version,
  };
}
