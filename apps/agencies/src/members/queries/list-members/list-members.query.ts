import type { CursorPosition } from '@csg/http';

export class ListMembersQuery {
  constructor(
    readonly agencyId: string,
    readonly limit: number,
    readonly after: CursorPosition | undefined,
  ) {}
}
