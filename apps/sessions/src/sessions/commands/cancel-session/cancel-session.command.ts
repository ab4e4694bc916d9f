/** Cancels a DRAFT or SCHEDULED session with the reason participants are told. */
export class CancelSessionCommand {
  constructor(
    readonly sessionId: string,
    readonly reason: string,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
