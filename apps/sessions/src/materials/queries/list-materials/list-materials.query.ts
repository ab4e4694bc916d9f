import type { Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';

export class ListMaterialsQuery {
  constructor(
    readonly sessionId: string,
    readonly viewer: Principal,
    readonly limit: number,
    readonly after: CursorPosition | undefined,
  ) {}
}
