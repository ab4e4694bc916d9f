import type { SESSION_MODES } from '@csg/contracts';
import { SessionRuleViolation } from './session.errors';

/** One of the modes the published vocabulary (libs/contracts) lists. */
export type SessionMode = (typeof SESSION_MODES)[number];

export interface SessionWhere {
  mode: SessionMode;
  venue: string | null;
  joinUrl: string | null;
}

/**
 * AnInPersonSessionHasAVenue, AnOnlineSessionHasAJoinUrl, and a hybrid one has both. A field the
 * mode does not use is refused rather than silently kept (an online session with a venue is a mistake).
 */
export function assertModeHasWhatItNeeds({ mode, venue, joinUrl }: SessionWhere): void {
  const needsVenue = mode !== 'ONLINE';
  const needsJoinUrl = mode !== 'IN_PERSON';
  if (needsVenue && !venue) {
    throw new SessionRuleViolation('SESSION.VENUE_REQUIRED', `A ${describe(mode)} session needs a venue.`);
  }
  if (needsJoinUrl && !joinUrl) {
    throw new SessionRuleViolation(
      'SESSION.JOIN_URL_REQUIRED',
      `A ${describe(mode)} session needs a joinUrl.`,
    );
  }
  if (!needsVenue && venue) {
    throw new SessionRuleViolation('SESSION.VENUE_NOT_USED', 'An online session has no venue.');
  }
  if (!needsJoinUrl && joinUrl) {
    throw new SessionRuleViolation('SESSION.JOIN_URL_NOT_USED', 'An in-person session has no joinUrl.');
  }
}

function describe(mode: SessionMode): string {
  return mode.toLowerCase().replace('_', '-');
}
