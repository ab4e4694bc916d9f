import type { IntegrationEventDefinition } from '@csg/contracts';
import type { TransactionContext } from '@csg/messaging';
import type { Agency } from '../domain/agency.aggregate';
import { AgencyRuleViolation } from '../domain/agency.errors';
import { agencyStateData } from '../infrastructure/agency.mapper';
import { AgencyRepository } from '../infrastructure/agency.repository';

/**
 * The shape of every status change (verify, suspend, reinstate): lock the agency, check the
 * caller's If-Match, apply the transition, write it version-checked, emit the event with the
 * agency's full state, all in the caller's transaction.
 */
export async function changeAgencyStatus(
  tx: TransactionContext,
  agencyId: string,
  expectedVersions: readonly number[] | undefined,
  event: IntegrationEventDefinition,
  transition: (agency: Agency) => void,
): Promise<Agency> {
  const agencies = new AgencyRepository(tx.manager);
  const agency = await agencies.lockById(agencyId);
  if (!agency) throw new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
  agency.assertVersion(expectedVersions);
  const previousVersion = agency.snapshot().version;
  transition(agency);
  await agencies.update(agency, previousVersion);
  tx.emit(event, agencyStateData(agency.snapshot()));
  return agency;
}

/** A status change asked for by id, with the caller's If-Match. */
export abstract class AgencyStatusCommand {
  constructor(
    readonly agencyId: string,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
