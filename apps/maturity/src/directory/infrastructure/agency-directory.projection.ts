import { Injectable } from '@nestjs/common';
import { AGENCY_STATE_EVENT_TYPES, type AgencyStateData, type CloudEvent } from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';

/**
 * The maturity service's own directory of agencies (name, tier, sector, status), from the
 * agencies service's events: campaign audiences, progress and reports read it. Every event
 * carries the full state and a version; an older or repeated one changes nothing.
 */
@Injectable()
export class AgencyDirectoryProjection {
  @OnIntegrationEvent(...AGENCY_STATE_EVENT_TYPES)
  async onAgencyChanged(event: CloudEvent<AgencyStateData>, tx: TransactionContext): Promise<void> {
    await projectAgency(tx.manager, event.data);
  }
}

export async function projectAgency(
  manager: { query(sql: string, params: unknown[]): Promise<unknown> },
  a: AgencyStateData,
): Promise<void> {
  await manager.query(
    `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (agency_id) DO UPDATE SET
       name = EXCLUDED.name, acronym = EXCLUDED.acronym, tier = EXCLUDED.tier, sector = EXCLUDED.sector,
       status = EXCLUDED.status, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
     WHERE agency_directory.version < EXCLUDED.version`,
    [a.agencyId, a.name, a.acronym, a.tier, a.sector, a.status, a.version, a.occurredAt],
  );
}
