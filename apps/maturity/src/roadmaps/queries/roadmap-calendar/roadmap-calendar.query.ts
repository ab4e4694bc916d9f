export class RoadmapCalendarQuery {
  constructor(readonly agencyId: string) {}
}
