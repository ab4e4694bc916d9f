import { tlpRank, type TlpMarking } from '@csg/auth';
import { IntegrationRuleViolation } from './integration-client.errors';

/** Default clearance of a platform-owned integration (product.md). */
export const DEFAULT_PLATFORM_CLEARANCE: TlpMarking = 'TLP:GREEN';
/** Default clearance of an agency-owned integration: all its members read (the member rule narrows it). */
export const DEFAULT_AGENCY_CLEARANCE: TlpMarking = 'TLP:AMBER+STRICT';
/** The highest clearance any integration may have: TLP:RED never leaves the platform through integrations. */
export const HIGHEST_CLEARANCE: TlpMarking = 'TLP:AMBER+STRICT';

/** What asks for a clearance, as the 422 names it. */
export type IntegrationKind = 'client' | 'webhook';

/**
 * The clearance an integration (API client or webhook) gets: the one it asked for, never another
 * (ADR 0061). Without one, an agency's reads what its members read (TLP:AMBER+STRICT) and the
 * platform's TLP:GREEN. Above the highest it may have, INTEGRATION.CLEARANCE_TOO_HIGH, whose
 * message names that highest. An agency-owned integration reads what a member of its agency
 * reads, capped at its clearance (canRead and tlpReadPredicate cap first, then the member rule).
 */
export function integrationClearance(
  kind: IntegrationKind,
  ownerAgencyId: string | null,
  requested: TlpMarking | undefined,
): TlpMarking {
  if (requested === undefined)
    return ownerAgencyId === null ? DEFAULT_PLATFORM_CLEARANCE : DEFAULT_AGENCY_CLEARANCE;
  if (tlpRank(requested) > tlpRank(HIGHEST_CLEARANCE))
    throw new IntegrationRuleViolation(
      'INTEGRATION.CLEARANCE_TOO_HIGH',
      `the highest clearance this ${kind} may have is ${HIGHEST_CLEARANCE}`,
    );
  return requested;
}

/** Event types a client subscribes to must exist in the catalogue (duplicates are dropped). */
export function knownEventTypes(requested: readonly string[], catalogue: readonly string[]): string[] {
  const unique = [...new Set(requested)];
  const unknown = unique.filter((t) => !catalogue.includes(t));
  if (unknown.length > 0)
    throw new IntegrationRuleViolation(
      'INTEGRATION.EVENT_TYPES_UNKNOWN',
      `unknown event types: ${unknown.slice(0, 5).join(', ')}`,
    );
  return unique;
}
