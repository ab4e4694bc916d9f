import { applyVersionedChange } from '@csg/domain';
import type { Agency } from '../domain/agency.aggregate';
import type { AgencyRepository } from '../domain/agency-repository.port';
import { agencyNotFound } from '../domain/agency.errors';

/**
 * Every status change (verify, suspend, reinstate) in the running unit of work: the one
 * versioned change (libs/domain) with the agency's not-found; the transition records its fact.
 */
export function changeAgencyStatus(
  agencies: AgencyRepository,
  { agencyId, expectedVersions }: AgencyStatusCommand,
  transition: (agency: Agency) => unknown,
): Promise<Agency> {
  return applyVersionedChange(agencies, {
    id: agencyId,
    expectedVersions,
    notFound: agencyNotFound,
    apply: transition,
  });
}

/** A status change asked for by id, with the caller's If-Match. */
export abstract class AgencyStatusCommand {
  constructor(
    readonly agencyId: string,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
