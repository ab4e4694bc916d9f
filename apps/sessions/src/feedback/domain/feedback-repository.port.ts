import type { Feedback } from './feedback.aggregate';

export abstract class FeedbackRepository {
  /** The person's registration for the session with recorded attendance, if any. */
  abstract attendedRegistrationOf(sessionId: string, sub: string): Promise<string | null>;

  /** FEEDBACK.ALREADY_GIVEN when the person rated the session already (also when concurrent). */
  abstract insert(feedback: Feedback): Promise<void>;
}
