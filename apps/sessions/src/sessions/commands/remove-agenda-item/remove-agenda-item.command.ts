export class RemoveAgendaItemCommand {
  constructor(
    readonly sessionId: string,
    readonly itemId: string,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
