import type { Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';
import type { SessionFilters } from '../../infrastructure/session-list.reader';

export class ListSessionsQuery {
  constructor(
    readonly filters: SessionFilters,
    readonly viewer: Principal,
    readonly limit: number,
    readonly after: CursorPosition | undefined,
  ) {}
}
