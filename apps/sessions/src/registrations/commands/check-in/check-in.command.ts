import type { Principal } from '@csg/auth';

/** Records a participant's attendance from their personal one-time code, at the door. */
export class CheckInCommand {
  constructor(
    readonly sessionId: string,
    readonly code: string,
    readonly actor: Principal,
  ) {}
}
