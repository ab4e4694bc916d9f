import { tlpRank, type TlpMarking } from '@csg/auth';

/**
 * E-mail leaves the platform through servers nobody here controls, so what only named people or
 * one agency may read goes out as a notice with a link, never its title or content (ADR 0053).
 */
export function isSentAsNotice(marking: TlpMarking): boolean {
  return marking === 'TLP:RED' || marking === 'TLP:AMBER+STRICT';
}

/** The marking of a message that carries several items: the most restrictive of theirs. */
export function highestMarking(markings: readonly TlpMarking[]): TlpMarking {
  if (markings.length === 0) throw new RangeError('a message marks at least one item');
  return markings.reduce((highest, m) => (tlpRank(m) > tlpRank(highest) ? m : highest));
}

/** FIRST TLP 2.0 for e-mail: the label in the subject line, before anything else. */
export function markedSubject(marking: TlpMarking, subject: string): string {
  return `[${marking}] ${subject}`;
}
