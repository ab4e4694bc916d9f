import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { IntegrationEventDefinition } from '@csg/contracts';
import { activeTraceContext } from '@csg/observability/tracing';
import { OutboxMapping } from './outbox-mapping';
import type { OutboxRow, OutboxWriter } from './outbox-writer';
import type { OutboxWaker } from './outbox-waker';

/** An aggregate as the unit of work sees it: something that recorded facts (libs/domain). */
export interface RecordsEvents {
  pullRecordedEvents(): object[];
}

/**
 * Where a repository finds the transaction it works in: a UnitOfWork (its running transaction),
 * or `heldTransaction(manager)` for code that already holds one (tests, operator tools).
 */
export interface TransactionSource {
  readonly current: Pick<TransactionContext, 'manager' | 'track'>;
}

/** A transaction someone already holds, for repositories used outside a unit of work. */
export function heldTransaction(manager: EntityManager): TransactionSource {
  return { current: { manager, track: () => undefined } };
}

/** A database transaction that also collects the integration events its change causes. */
export class TransactionContext {
  private readonly rows: OutboxRow[] = [];
  private readonly tracked = new Set<RecordsEvents>();
  private appended = 0;

  constructor(
    readonly manager: EntityManager,
    private readonly writer: OutboxWriter,
    private readonly mapping: OutboxMapping = OutboxMapping.empty(),
  ) {}

  /**
   * Repositories call this for every aggregate they write: when the work is done, the facts it
   * recorded become outbox rows through the service's mapping, in this same transaction.
   */
  track(aggregate: RecordsEvents): void {
    this.tracked.add(aggregate);
  }

  /** Records an integration event by hand (projections, operator re-emission); same transaction. */
  emit<T>(definition: IntegrationEventDefinition, data: T, options: { subject?: string } = {}): void {
    this.rows.push(this.writer.toRow({ definition, data, subject: options.subject }));
  }

  /** Records an already-built message (dead letters, replays), in the trace of the active span. */
  emitRaw(row: OutboxRow): void {
    const traceContext = row.traceContext ?? activeTraceContext();
    this.rows.push(traceContext ? { ...row, traceContext } : row);
  }

  /** Writes the outbox rows: hand-emitted ones first, then the tracked aggregates' facts in order. */
  async flush(): Promise<void> {
    for (const aggregate of this.tracked) {
      for (const fact of aggregate.pullRecordedEvents()) {
        const pending = this.mapping.toPending(fact);
        if (pending) this.rows.push(this.writer.toRow(pending));
      }
    }
    this.tracked.clear();
    const rows = this.rows.splice(0);
    await this.writer.append(this.manager, rows);
    this.appended += rows.length;
  }

  /** How many outbox rows `flush` wrote in this transaction (they are published once it commits). */
  get written(): number {
    return this.appended;
  }
}

/**
 * Runs `work` in a transaction of `dataSource` and, once it has committed, wakes the relay when
 * the work wrote outbox rows (nothing is woken when it throws or the commit fails).
 */
export async function committedWithWake<T>(
  waker: OutboxWaker | undefined,
  open: (work: (manager: EntityManager) => Promise<T>) => Promise<T>,
  work: (manager: EntityManager) => Promise<{ result: T; written: number }>,
): Promise<T> {
  let written = 0;
  const result = await open(async (manager) => {
    const done = await work(manager);
    written = done.written;
    return done.result;
  });
  if (written > 0) waker?.wake();
  return result;
}

/**
 * The one way command handlers change state: the state change and its outbox rows commit
 * together or not at all. Repositories injected into handlers find the running transaction
 * through `current` (bound per call chain, so concurrent requests never share one).
 */
export class UnitOfWork {
  private readonly running = new AsyncLocalStorage<TransactionContext>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: OutboxWriter,
    private readonly mapping: OutboxMapping = OutboxMapping.empty(),
    /** The service's relay in this process, woken after a commit that wrote outbox rows (ADR 48). */
    private readonly waker?: OutboxWaker,
  ) {}

  /** The same unit of work, turning recorded facts into events through `mapping`. */
  withOutbox(mapping: OutboxMapping): UnitOfWork {
    return new UnitOfWork(this.dataSource, this.writer, mapping, this.waker);
  }

  /** The transaction of the work running in this call chain; outside `run` it is an error. */
  get current(): TransactionContext {
    const tx = this.running.getStore();
    if (!tx) throw new Error('no unit of work is running: call repositories inside unitOfWork.run(...)');
    return tx;
  }

  /**
   * Runs `work` in one transaction and writes its outbox rows in it; after the commit (only then,
   * and only when there were rows) it wakes the service's relay in this process.
   */
  run<T>(work: (tx: TransactionContext) => Promise<T>): Promise<T> {
    return committedWithWake(
      this.waker,
      (inTx) => this.transaction(inTx),
      async (manager) => {
        const tx = new TransactionContext(manager, this.writer, this.mapping);
        const result = await this.running.run(tx, () => work(tx));
        await tx.flush();
        return { result, written: tx.written };
      },
    );
  }

  /** Opens the database transaction (an in-memory unit of work for handler tests overrides it). */
  protected transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
