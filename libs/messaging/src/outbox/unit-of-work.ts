import type { DataSource, EntityManager } from 'typeorm';
import type { IntegrationEventDefinition } from '@csg/contracts';
import type { OutboxRow, OutboxWriter } from './outbox-writer';

/** A database transaction that also collects the integration events its change causes. */
export class TransactionContext {
  private readonly rows: OutboxRow[] = [];

  constructor(
    readonly manager: EntityManager,
    private readonly writer: OutboxWriter,
  ) {}

  /** Records an integration event; it is written to the outbox in this same transaction. */
  emit<T>(definition: IntegrationEventDefinition, data: T, options: { subject?: string } = {}): void {
    this.rows.push(this.writer.toRow({ definition, data, subject: options.subject }));
  }

  /** Records an already-built message (dead letters, replays). */
  emitRaw(row: OutboxRow): void {
    this.rows.push(row);
  }

  async flush(): Promise<void> {
    await this.writer.append(this.manager, this.rows.splice(0));
  }
}

/**
 * The one way command handlers change state: the state change and its outbox rows commit
 * together or not at all.
 */
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: OutboxWriter,
  ) {}

  run<T>(work: (tx: TransactionContext) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const tx = new TransactionContext(manager, this.writer);
      const result = await work(tx);
      await tx.flush();
      return result;
    });
  }
}
