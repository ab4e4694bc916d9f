import type { Principal } from '@csg/auth';
import type { AgencyChanges } from '../../domain/agency.aggregate';

export class UpdateAgencyCommand {
  constructor(
    readonly agencyId: string,
    readonly changes: AgencyChanges,
    /** Versions the caller's If-Match accepts; undefined: any. */
    readonly expectedVersions: readonly number[] | undefined,
    readonly actor: Principal,
  ) {}
}
