import { AggregateRoot } from '@csg/domain';
import { SessionRuleViolation } from '../../sessions/domain/session.errors';

export interface FeedbackState {
  id: string;
  sessionId: string;
  registrationId: string;
  sub: string;
  rating: number;
  comment: string | null;
  submittedAt: Date;
}

/** What the rule needs to know about the person giving feedback. */
export interface FeedbackGiver {
  sub: string;
  /** Their registration for the session with recorded attendance, if any. */
  attendedRegistrationId: string | null;
}

/**
 * One attendee's rating of a session. FeedbackComesFromAttendees, AfterTheSessionIsCompleted,
 * OnceEach (the database's unique key on session and person backs "once" under concurrency).
 */
export class Feedback extends AggregateRoot<FeedbackSubmitted> {
  private constructor(private readonly state: FeedbackState) {
    super();
  }

  static submit(
    id: string,
    session: { id: string; status: string },
    giver: FeedbackGiver,
    rating: number,
    comment: string | null | undefined,
    now: Date,
  ): Feedback {
    if (session.status !== 'COMPLETED') {
      throw new SessionRuleViolation(
        'FEEDBACK.SESSION_NOT_COMPLETED',
        'Feedback opens once the session is completed.',
      );
    }
    if (!giver.attendedRegistrationId) {
      throw new SessionRuleViolation('FEEDBACK.NOT_AN_ATTENDEE', 'Only people who attended give feedback.');
    }
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new SessionRuleViolation('FEEDBACK.INVALID_RATING', 'rating is a whole number from 1 to 5.');
    }
    const feedback = new Feedback({
      id,
      sessionId: session.id,
      registrationId: giver.attendedRegistrationId,
      sub: giver.sub,
      rating,
      comment: comment?.trim() || null,
      submittedAt: now,
    });
    feedback.record(new FeedbackSubmitted(feedback.snapshot()));
    return feedback;
  }

  snapshot(): Readonly<FeedbackState> {
    return { ...this.state };
  }
}

/** An attendee rated the session. */
export class FeedbackSubmitted {
  constructor(readonly feedback: Readonly<FeedbackState>) {}
}
