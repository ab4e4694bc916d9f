import type { EntityManager } from 'typeorm';
import type { AgencyStateData } from '@csg/contracts/catalogue/agencies.events';

/**
 * The agency directory: a service's own copy of every agency's name, tier, jurisdiction, sector
 * and status, kept from the agencies events, for what the service decides or reports by them
 * (invitation scopes, campaign and announcement audiences, reports). Every event carries the
 * agency's full state and version, so the upsert ignores anything older than what it holds: a
 * late or repeated event never rolls the directory back. Runs in the caller's transaction (the
 * inbox's).
 */
export async function projectAgency(
  manager: Pick<EntityManager, 'query'>,
  a: AgencyStateData,
): Promise<void> {
  await manager.query(
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
