import type { Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';
import type { PracticeFilters, PracticeSort } from '../../infrastructure/practice-search.reader';

export class SearchPracticesQuery {
  constructor(
    readonly filters: PracticeFilters,
    readonly sort: PracticeSort,
    readonly reader: Principal,
    readonly limit: number,
    readonly after: CursorPosition | undefined,
    readonly withFacets: boolean,
  ) {}
}
