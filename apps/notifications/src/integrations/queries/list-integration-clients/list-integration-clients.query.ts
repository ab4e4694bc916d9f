import type { Principal } from '@csg/auth';

/** The integration clients the caller manages, newest first. */
export class ListIntegrationClientsQuery {
  constructor(
    readonly viewer: Principal,
    readonly limit: number,
    readonly after: readonly [string, string] | undefined,
  ) {}
}
