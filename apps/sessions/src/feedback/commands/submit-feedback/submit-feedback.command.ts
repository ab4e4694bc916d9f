import type { Principal } from '@csg/auth';

/** An attendee rates a completed session, once. */
export class SubmitFeedbackCommand {
  constructor(
    readonly sessionId: string,
    readonly rating: number,
    readonly comment: string | undefined,
    readonly actor: Principal,
  ) {}
}
