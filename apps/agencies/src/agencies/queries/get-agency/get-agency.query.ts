import type { Principal } from '@csg/auth';

export class GetAgencyQuery {
  constructor(
    readonly agencyId: string,
    readonly viewer: Principal,
  ) {}
}
