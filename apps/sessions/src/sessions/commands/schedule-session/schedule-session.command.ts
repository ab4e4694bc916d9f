/** Announces a draft session: DRAFT → SCHEDULED (it must start in the future); registrations open. */
export class ScheduleSessionCommand {
  constructor(
    readonly sessionId: string,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
