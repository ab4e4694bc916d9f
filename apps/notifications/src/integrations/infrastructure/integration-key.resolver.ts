import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { verifyApiKey, apiKeyId, type ApiKeyResolver, type IntegrationPrincipal } from '@csg/auth';
import { InjectServiceDataSource } from '@csg/persistence';
import type { IntegrationClientRow } from '../domain/integration-client.record';

/**
 * The key store behind `Authorization: Bearer csg_…`: looks the key up by its public id,
 * compares hashes in constant time, and admits an ACTIVE client whose owner agency (if any) is
 * ACTIVE too. Anything else is "unknown key" (401).
 */
@Injectable()
export class IntegrationKeyResolver implements ApiKeyResolver {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  async resolve(key: string): Promise<IntegrationPrincipal | null> {
    const rows: Array<IntegrationClientRow & { agency_active: boolean | null }> = await this.dataSource.query(
      `SELECT c.*, (a.status = 'ACTIVE') AS agency_active
         FROM integration_clients c LEFT JOIN agency_directory a ON a.agency_id = c.owner_agency_id
        WHERE c.key_id = $1`,
      [apiKeyId(key)],
    );
    const client = rows[0];
    if (!client || !verifyApiKey(key, client.key_hash) || client.status !== 'ACTIVE') return null;
    if (client.owner_agency_id !== null && client.agency_active !== true) return null;
    return {
      kind: 'integration',
      clientId: client.id,
      ownerAgencyId: client.owner_agency_id,
      eventTypes: client.event_types,
      tlpClearance: client.tlp_clearance,
    };
  }
}
