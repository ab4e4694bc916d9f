import type { Agency } from '../domain/agency.aggregate';
import type { AgencyRepository } from '../domain/agency-repository.port';
import { AgencyRuleViolation } from '../domain/agency.errors';

/**
 * The shape of every status change (verify, suspend, reinstate): lock the agency, check the
 * caller's If-Match, apply the transition (which records its fact), write it version-checked;
 * the unit of work publishes what the agency recorded.
 */
export async function changeAgencyStatus(
  agencies: AgencyRepository,
  agencyId: string,
  expectedVersions: readonly number[] | undefined,
  transition: (agency: Agency) => void,
): Promise<Agency> {
  const agency = await agencies.lockById(agencyId);
  if (!agency) throw new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
  agency.assertVersion(expectedVersions);
  const previousVersion = agency.snapshot().version;
  transition(agency);
  await agencies.update(agency, previousVersion);
  return agency;
}

/** A status change asked for by id, with the caller's If-Match. */
export abstract class AgencyStatusCommand {
  constructor(
    readonly agencyId: string,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
