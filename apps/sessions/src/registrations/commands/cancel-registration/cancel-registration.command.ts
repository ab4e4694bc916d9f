import type { Principal } from '@csg/auth';

/** Gives a place back; a freed seat goes to the oldest waitlisted participant who fits. */
export class CancelRegistrationCommand {
  constructor(
    readonly sessionId: string,
    readonly registrationId: string,
    readonly actor: Principal,
  ) {}
}
