import { Inject, Injectable } from '@nestjs/common';
import { isAgencyMember } from '@csg/auth';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { AgencyMembers } from '../domain/agency-members.port';

/** The membership projection (libs/auth) the service keeps from the agencies events, in the running transaction. */
@Injectable()
export class ProjectedAgencyMembers extends AgencyMembers {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  isMember(agencyId: string, sub: string): Promise<boolean> {
    return isAgencyMember(this.transactions.current.manager, agencyId, sub);
  }
}
