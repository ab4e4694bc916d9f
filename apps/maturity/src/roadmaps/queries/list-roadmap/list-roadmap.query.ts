export type RoadmapFormat = 'json' | 'csv' | 'xlsx';

export class ListRoadmapQuery {
  constructor(
    readonly agencyId: string,
    readonly status: string | undefined,
    readonly format: RoadmapFormat,
    readonly limit: number,
    readonly after: readonly [string, string] | undefined,
  ) {}
}
