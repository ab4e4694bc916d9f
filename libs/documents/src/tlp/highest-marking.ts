import { tlpRank, type TlpMarking } from '@csg/auth/tlp';

/**
 * The marking of a document: the most restrictive marking of anything in it, never below
 * `floor` (the marking of the document's own subject, e.g. an assessment's).
 */
export function highestMarking(markings: Iterable<TlpMarking>, floor: TlpMarking = 'TLP:CLEAR'): TlpMarking {
  let highest = floor;
  for (const marking of markings) if (tlpRank(marking) > tlpRank(highest)) highest = marking;
  return highest;
}
