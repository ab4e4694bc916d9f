import type { PersonPrincipal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';

/** The caller's inbox, newest first, with the unread count. */
export class ListMyNotificationsQuery {
  constructor(
    readonly person: PersonPrincipal,
    readonly unread: boolean | undefined,
    readonly limit: number,
    readonly after: CursorPosition | undefined,
  ) {}
}
