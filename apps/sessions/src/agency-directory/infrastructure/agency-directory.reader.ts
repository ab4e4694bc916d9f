import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import type { AgencyFacts } from '../../sessions/domain/invitation-scope.value-object';
import { AgencyDirectory } from '../domain/agency-directory.port';

/** The service's projection of agencies (`agency_directory`) and of memberships, in the running transaction. */
@Injectable()
export class SqlAgencyDirectory extends AgencyDirectory {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async find(agencyId: string): Promise<AgencyFacts | null> {
    const [row]: AgencyFacts[] = await this.manager.query(
      `SELECT agency_id AS id, tier, sector, status FROM agency_directory WHERE agency_id = $1`,
      [agencyId],
    );
    return row ?? null;
  }

  async isMember(agencyId: string, sub: string): Promise<boolean> {
    const rows = await this.manager.query(
      `SELECT 1 FROM projected_memberships WHERE agency_id = $1 AND sub = $2`,
      [agencyId, sub],
    );
    return rows.length > 0;
  }
}
