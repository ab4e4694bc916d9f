import type { Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';

export class ListPracticeRevisionsQuery {
  constructor(
    readonly practiceId: string,
    readonly reader: Principal,
    readonly limit: number,
    readonly after: CursorPosition | undefined,
  ) {}
}
