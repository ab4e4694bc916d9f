import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isAgencyMember } from '@csg/auth';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import type { AgencyFacts } from '../../sessions/domain/invitation-scope.value-object';
import { AgencyDirectory } from '../domain/agency-directory.port';

/**
 * The service's agency directory and membership projection (both kept by the auth library,
 * ADR 67), read in the running transaction.
 */
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

  isMember(agencyId: string, sub: string): Promise<boolean> {
    return isAgencyMember(this.manager, agencyId, sub);
  }
}
