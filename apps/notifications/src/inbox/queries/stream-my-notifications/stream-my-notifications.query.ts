import type { PersonPrincipal } from '@csg/auth';

/** The caller's new notifications as a live stream, after a position or from now. */
export class StreamMyNotificationsQuery {
  constructor(
    readonly person: PersonPrincipal,
    /** the position Last-Event-ID carried (a malformed one streams from now) */
    readonly after: string | undefined,
  ) {}
}
