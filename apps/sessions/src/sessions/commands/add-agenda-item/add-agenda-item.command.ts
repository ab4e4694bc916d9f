import type { AgendaItemDetails } from '../../domain/agenda-item.entity';

export class AddAgendaItemCommand {
  constructor(
    readonly sessionId: string,
    readonly details: AgendaItemDetails,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
