import type { AgencyFacts } from '../../sessions/domain/invitation-scope.value-object';

/** The service's own read model of agencies and their members (projected from the agencies events). */
export abstract class AgencyDirectory {
  abstract find(agencyId: string): Promise<AgencyFacts | null>;

  /** Whether `sub` is a member of the agency. */
  abstract isMember(agencyId: string, sub: string): Promise<boolean>;
}
