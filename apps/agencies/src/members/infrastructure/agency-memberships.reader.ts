import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Membership, MembershipReader } from '@csg/auth';
import { InjectServiceDataSource, namedStatement, rowsOfNamed } from '@csg/persistence';

/** Read on every authenticated request to the service: a named statement (ADR 49). */
const MEMBERSHIPS_OF = namedStatement(
  'agencies.members.memberships-of-sub',
  `SELECT m.agency_id AS "agencyId", m.role AS "role", a.status AS "agencyStatus"
     FROM members m JOIN agencies a ON a.id = m.agency_id
    WHERE m.sub = $1
    ORDER BY m.agency_id`,
);

/**
 * The agencies service authorises from its own members table (not a projection of its own
 * events): a member added or removed here can act, or not, from the very next request (ADR 6).
 */
@Injectable()
export class AgencyMembershipsReader implements MembershipReader {
  constructor(@InjectServiceDataSource('agencies') private readonly dataSource: DataSource) {}

  membershipsOf(sub: string): Promise<Membership[]> {
    return rowsOfNamed<Membership>(this.dataSource, MEMBERSHIPS_OF, [sub]);
  }
}
