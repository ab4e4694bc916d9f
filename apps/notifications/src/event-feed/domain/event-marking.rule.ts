import {
  canRead,
  isTlpMarking,
  type IntegrationPrincipal,
  type TlpMarking,
  type TlpResource,
} from '@csg/auth';
import { INTEGRATION_TOPICS } from '@csg/contracts';

/** An integration event as the feed keeps it: its marking and whom it belongs to. */
export interface MarkedEvent extends TlpResource {
  tlp: TlpMarking;
}

const uuidList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The marking an event travels under: its data's `tlp` when it has one; events without a marking
 * (agency directory changes, webhook outcomes) count as TLP:GREEN, the community's default, so
 * they never reach the public CLEAR topic or an anonymous reader. An unknown marking counts as
 * TLP:RED and never leaves the platform.
 */
export function markingOf(data: unknown): MarkedEvent {
  const d = (data ?? {}) as Record<string, unknown>;
  const raw = d.tlp;
  const tlp: TlpMarking = raw === undefined ? 'TLP:GREEN' : isTlpMarking(raw) ? raw : 'TLP:RED';
  const owner =
    typeof d.ownerAgencyId === 'string'
      ? d.ownerAgencyId
      : typeof d.agencyId === 'string'
        ? d.agencyId
        : null;
  return {
    tlp,
    ownerAgencyId: owner,
    sharedWithAgencyIds: uuidList(d.sharedWithAgencyIds),
    recipientSubs: uuidList(d.recipientSubs),
  };
}

/** An integration reads an event when its type is in the key's scopes and the TLP rule lets it. */
export function integrationMayRead(reader: IntegrationPrincipal, type: string, event: MarkedEvent): boolean {
  return reader.eventTypes.includes(type) && canRead(reader, event.tlp, event);
}

/**
 * The curated Kafka topics an event goes to: `csg.integration.clear` only TLP:CLEAR,
 * `csg.integration.green` CLEAR and GREEN. AMBER, AMBER+STRICT and RED never leave.
 */
export function curatedTopicsFor(event: MarkedEvent): string[] {
  if (event.tlp === 'TLP:CLEAR') return [INTEGRATION_TOPICS.clear, INTEGRATION_TOPICS.green];
  if (event.tlp === 'TLP:GREEN') return [INTEGRATION_TOPICS.green];
  return [];
}
