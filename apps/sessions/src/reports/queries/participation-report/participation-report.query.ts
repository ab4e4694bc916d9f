export class ParticipationReportQuery {
  constructor(
    readonly from: Date | undefined,
    readonly to: Date | undefined,
  ) {}
}
