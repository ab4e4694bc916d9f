/** Closes a session that took place: SCHEDULED → COMPLETED (after its start); feedback opens. */
export class CompleteSessionCommand {
  constructor(
    readonly sessionId: string,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
