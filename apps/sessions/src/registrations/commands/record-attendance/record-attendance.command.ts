/** Organisers record who attended, in bulk (from two hours before the start, and after completion). */
export class RecordAttendanceCommand {
  constructor(
    readonly sessionId: string,
    readonly registrationIds: string[],
  ) {}
}
