import { Injectable } from '@nestjs/common';
import { AGENCY_STATE_EVENT_TYPES, type AgencyStateData, type CloudEvent } from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';

/**
 * Keeps `agency_directory` in step with the agencies service. Each event carries the agency's
 * full state and version, so the upsert ignores anything older than what it holds: a late or
 * repeated event never rolls the directory back.
 */
@Injectable()
export class AgencyDirectoryProjection {
  @OnIntegrationEvent(...AGENCY_STATE_EVENT_TYPES)
  async onAgencyChanged(event: CloudEvent<AgencyStateData>, tx: TransactionContext): Promise<void> {
    const a = event.data;
    await tx.manager.query(
      `INSERT INTO agency_directory (agency_id, name, acronym, tier, jurisdiction, sector, status, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (agency_id) DO UPDATE SET
         name = EXCLUDED.name, acronym = EXCLUDED.acronym, tier = EXCLUDED.tier,
         jurisdiction = EXCLUDED.jurisdiction, sector = EXCLUDED.sector, status = EXCLUDED.status,
         version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
       WHERE agency_directory.version < EXCLUDED.version`,
      [a.agencyId, a.name, a.acronym, a.tier, a.jurisdiction, a.sector, a.status, a.version, a.occurredAt],
    );
  }
}
