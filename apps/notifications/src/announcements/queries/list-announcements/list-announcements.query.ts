import type { Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';

/** Announcements the caller may read, newest first. */
export class ListAnnouncementsQuery {
  constructor(
    readonly principal: Principal,
    readonly limit: number,
    readonly after: CursorPosition | undefined,
  ) {}
}
