import { Certificate, type Attendee } from './certificate.aggregate';
import type { CertifiedSession } from './certificate.events';

/**
 * ACompletedSessionCertifiesEveryRecordedAttendee: once a session is completed, each participant
 * with a confirmed place whose attendance was recorded gets one certificate. Called when the
 * session is completed and whenever attendance is recorded afterwards (organisers catch up on
 * paper lists), with the attendees who have none yet; nothing happens before completion.
 */
export function certify(
  session: CertifiedSession & { id: string; status: string },
  uncertified: readonly Attendee[],
  issue: { newId: () => string; newCode: () => string; now: Date },
): Certificate[] {
  if (session.status !== 'COMPLETED') return [];
  const { id: sessionId, sequence, title, startsAt, endsAt, timezone } = session;
  return uncertified
    .filter((a) => a.status === 'CONFIRMED' && a.attendedAt !== null)
    .map((a) =>
      Certificate.issue(
        { id: issue.newId(), sessionId },
        a,
        { sequence, title, startsAt, endsAt, timezone },
        issue.newCode(),
        issue.now,
      ),
    );
}
