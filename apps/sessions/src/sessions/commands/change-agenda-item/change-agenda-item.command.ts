import type { AgendaItemDetails } from '../../domain/agenda-item.entity';

export class ChangeAgendaItemCommand {
  constructor(
    readonly sessionId: string,
    readonly itemId: string,
    readonly changes: Partial<AgendaItemDetails>,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
