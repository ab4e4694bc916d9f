import type { TlpMarking } from '@csg/auth';
import { IntegrationRuleViolation } from './integration-client.errors';

/** Default clearance of a platform-owned integration. */
export const DEFAULT_PLATFORM_CLEARANCE: TlpMarking = 'TLP:GREEN';
/** An agency-owned integration reads what its agency's members read: up to AMBER+STRICT, by the member rule. */
export const AGENCY_CLEARANCE: TlpMarking = 'TLP:AMBER+STRICT';

/**
 * How far an integration (API client or webhook) may read: an agency's reads what a member of that
 * agency reads; the platform's reads up to its clearance (GREEN unless an operator says otherwise).
 * TLP:RED never leaves the platform, so no integration is cleared for it.
 */
export function integrationClearance(
  ownerAgencyId: string | null,
  requested: TlpMarking | undefined,
): TlpMarking {
  if (requested === 'TLP:RED')
    throw new IntegrationRuleViolation(
      'INTEGRATION.CLEARANCE_TOO_HIGH',
      'TLP:RED never leaves the platform through integrations',
    );
  if (ownerAgencyId !== null) return AGENCY_CLEARANCE;
  return requested ?? DEFAULT_PLATFORM_CLEARANCE;
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
