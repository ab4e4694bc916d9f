import { isTlpMarking, type TlpMarking, type TlpResource } from '@csg/auth';

/** An integration event as the feed keeps it: its marking and whom it belongs to. */
export interface MarkedEvent extends TlpResource {
  tlp: TlpMarking;
}

const uuidList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The marking columns an event is logged with, for the feed's SQL pre-filter: its data's `tlp`
 * when it has one, TLP:GREEN otherwise (an unknown marking counts as TLP:RED and is never read).
 * Who receives the event is not decided here: libs/auth `egressDecision` decides that from the
 * event type's declaration, for each reader at the moment of delivery.
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
