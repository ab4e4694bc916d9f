import type { EntityManager } from 'typeorm';
import type { AgencyFacts } from '../../sessions/domain/invitation-scope.value-object';

/** Reads the service's projection of agencies. */
export class AgencyDirectoryReader {
  constructor(private readonly manager: EntityManager) {}

  async find(agencyId: string): Promise<AgencyFacts | null> {
    const [row]: AgencyFacts[] = await this.manager.query(
      `SELECT agency_id AS id, tier, sector, status FROM agency_directory WHERE agency_id = $1`,
      [agencyId],
    );
    return row ?? null;
  }

  /** Whether `sub` is a member of the agency (the membership projection). */
  async isMember(agencyId: string, sub: string): Promise<boolean> {
    const rows = await this.manager.query(
      `SELECT 1 FROM projected_memberships WHERE agency_id = $1 AND sub = $2`,
      [agencyId, sub],
    );
    return rows.length > 0;
  }
}
