import { TLP_MARKINGS } from '@csg/contracts/catalogue/common.schemas';

export { TLP_MARKINGS };

/** A FIRST TLP 2.0 marking: `TLP:CLEAR`, `TLP:GREEN`, `TLP:AMBER`, `TLP:AMBER+STRICT` or `TLP:RED`. */
export type TlpMarking = (typeof TLP_MARKINGS)[number];

const RANK: Readonly<Record<TlpMarking, number>> = {
  'TLP:CLEAR': 0,
  'TLP:GREEN': 1,
  'TLP:AMBER': 2,
  'TLP:AMBER+STRICT': 3,
  'TLP:RED': 4,
};

/** Restrictiveness: CLEAR (0) < GREEN < AMBER < AMBER+STRICT < RED (4). */
export function tlpRank(marking: TlpMarking): number {
  return RANK[marking];
}

export function isTlpMarking(value: unknown): value is TlpMarking {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

/** The markings at or below `clearance` (an integration's reach), least restrictive first. */
export function markingsUpTo(clearance: TlpMarking): TlpMarking[] {
  return TLP_MARKINGS.filter((m) => RANK[m] <= RANK[clearance]);
}
