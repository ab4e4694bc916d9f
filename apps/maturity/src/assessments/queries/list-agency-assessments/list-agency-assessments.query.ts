import type { Principal } from '@csg/auth';

export class ListAgencyAssessmentsQuery {
  constructor(
    readonly agencyId: string,
    readonly principal: Principal,
    readonly limit: number,
    readonly after: readonly [string, string] | undefined,
  ) {}
}
