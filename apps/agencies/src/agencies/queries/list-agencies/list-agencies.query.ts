import type { CursorPosition } from '@csg/http';
import type { Viewer } from '../../domain/agency-visibility.rule';
import type { AgencyFilters } from '../../infrastructure/agency-list.reader';

export class ListAgenciesQuery {
  constructor(
    readonly filters: AgencyFilters,
    readonly viewer: Viewer,
    readonly limit: number,
    readonly after: CursorPosition | undefined,
  ) {}
}
