import type { EntityManager } from 'typeorm';
import type { EventRegistry } from '@csg/contracts';
import { OutboxMapping } from './outbox-mapping';
import { OutboxWriter, type OutboxRow } from './outbox-writer';
import type { OutboxWaker } from './outbox-waker';
import { UnitOfWork } from './unit-of-work';

/** What a handler test reads back: each published event's type and data, in outbox order. */
export interface PublishedEvent {
  type: string;
  key: string;
  data: Record<string, unknown>;
}

const NO_DATABASE = new Proxy({} as EntityManager, {
  get: (_target, property) => {
    throw new Error(`the in-memory unit of work has no database (EntityManager.${String(property)})`);
  },
});

class RecordingOutboxWriter extends OutboxWriter {
  readonly rows: OutboxRow[] = [];

  override async append(_manager: EntityManager, rows: OutboxRow[]): Promise<void> {
    this.rows.push(...rows);
  }
}

/**
 * A unit of work for handler unit tests: no database, the same outbox mapping and event schema
 * validation as the real one; `published` lists what a committed run wrote to the outbox (a run
 * that throws publishes nothing). In-memory repositories call `current.track(aggregate)` as the
 * TypeORM ones do. A `waker` given is woken after each committed run that wrote rows, as the
 * real one wakes its relay.
 */
export class InMemoryUnitOfWork extends UnitOfWork {
  private readonly recorder: RecordingOutboxWriter;

  constructor(
    registry: EventRegistry,
    mapping: OutboxMapping = OutboxMapping.empty(),
    source = '/csg/test',
    waker?: OutboxWaker,
  ) {
    const recorder = new RecordingOutboxWriter(registry, source);
    super(undefined as never, recorder, mapping, waker);
    this.recorder = recorder;
  }

  get published(): PublishedEvent[] {
    return this.recorder.rows.map((row) => ({
      type: row.eventType ?? '',
      key: row.key,
      data: JSON.parse(row.value) as Record<string, unknown>,
    }));
  }

  protected override async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const committed = this.recorder.rows.length;
    try {
      return await work(NO_DATABASE);
    } catch (error) {
      this.recorder.rows.splice(committed);
      throw error;
    }
  }
}
