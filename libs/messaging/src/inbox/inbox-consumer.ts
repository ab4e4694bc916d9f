import type { DataSource } from 'typeorm';
import {
  deadLetterTopic,
  EventSchemaViolationError,
  fromBinaryMessage,
  MalformedEventError,
  UnknownEventTypeError,
  type CloudEvent,
  type EventRegistry,
} from '@csg/contracts';
import { contextFrom, JsonLogger, runWithContext } from '@csg/observability';
import { DLQ_HEADER, withoutDeadLetterHeaders } from '../dead-letters/dead-letter.headers';
import { batchFormOf, type IntegrationEventBatchFn } from '../handlers/batch-handler';
import { isInfrastructureFailure } from '../infrastructure-errors';
import { deadLetters, handlerDuration, handlerFailures } from '../messaging.metrics';
import type { OutboxWaker } from '../outbox/outbox-waker';
import type { OutboxRow, OutboxWriter } from '../outbox/outbox-writer';
import { committedWithWake, TransactionContext } from '../outbox/unit-of-work';
import { backoffMs, DEFAULT_RETRY_POLICY, sleep, type RetryPolicy } from '../retry-policy';
import { inBatchProcessSpan, inProcessSpan } from '../tracing/message-spans';
import type { IncomingMessage, MessageTransport } from '../transport/message-transport.port';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map holds handlers of every event's data type; the data was validated against its schema first
export type IntegrationEventHandlerFn = (event: CloudEvent<any>, tx: TransactionContext) => Promise<void>;

export interface InboxConsumerOptions {
  groupId: string;
  dataSource: DataSource;
  writer: OutboxWriter;
  registry: EventRegistry;
  handlers: ReadonlyMap<string, readonly IntegrationEventHandlerFn[]>;
  retry?: RetryPolicy;
  /** The service's relay in this process, woken after a commit that wrote outbox rows (ADR 48). */
  waker?: OutboxWaker;
  /** The transport that delivers, named in the consumer spans (ADR 74). */
  transportKind?: MessageTransport['kind'];
}

export type HandleOutcome = 'handled' | 'duplicate' | 'ignored' | 'dead-lettered';

/**
 * The consuming side of a service: parses and validates each message, runs its handlers and
 * writes the inbox row in one transaction (a redelivered event is acknowledged without running
 * the handlers again), retries a failing handler with backoff, and dead-letters the message
 * after the last attempt so the partition moves on. Infrastructure failures (the database is
 * down) are thrown back to the transport, which retries without limit and reports not ready.
 */
export class InboxConsumer {
  private readonly log: JsonLogger;
  private readonly retry: RetryPolicy;
  /** Observers of each outcome (metrics, tests counting side effects). */
  readonly observers: Array<(outcome: HandleOutcome, message: IncomingMessage) => void> = [];
  private stopping = new AbortController();

  constructor(private readonly options: InboxConsumerOptions) {
    this.log = new JsonLogger(`inbox:${options.groupId}`);
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  get groupId(): string {
    return this.options.groupId;
  }

  /** (Again) ready to handle messages after a `stop()`. */
  start(): void {
    if (this.stopping.signal.aborted) this.stopping = new AbortController();
  }

  /**
   * A handler waiting out its retry backoff gives up at once: the message stays unacknowledged
   * (neither handled nor dead-lettered) and the next consumer of the partition gets it again.
   */
  stop(): void {
    this.stopping.abort();
  }

  subscribedTypes(): string[] {
    return [...this.options.handlers.keys()];
  }

  readonly handle = async (message: IncomingMessage, attemptsSoFar = 0): Promise<void> => {
    const outcome = await this.process(message, attemptsSoFar);
    this.observers.forEach((observe) => observe(outcome, message));
  };

  /**
   * A chunk of one partition in one transaction: one multi-row inbox insert, the handlers of the
   * new events, and the dead letters of deterministic poison. When a handler fails, the chunk is
   * rolled back and taken one message at a time, so retries and dead letters hit only the culprit.
   */
  readonly handleBatch = async (messages: IncomingMessage[]): Promise<void> => {
    if (messages.length === 1) return this.handle(messages[0]);
    let outcomes: HandleOutcome[];
    try {
      outcomes = await this.processChunk(messages);
    } catch (error) {
      if (isInfrastructureFailure(error)) throw error;
      // The failed chunk attempt counts as the culprit's first attempt: retries stay bounded.
      const culprit = error instanceof HandlerFailedInChunk ? error.eventId : null;
      for (const message of messages) await this.handle(message, message.headers.ce_id === culprit ? 1 : 0);
      return;
    }
    messages.forEach((message, i) => this.observers.forEach((observe) => observe(outcomes[i], message)));
  };

  private classify(message: IncomingMessage): Classified {
    try {
      const event = fromBinaryMessage(message.headers, message.value ?? '');
      if (!this.options.registry.has(event.type))
        throw new UnknownEventTypeError(`unknown event type ${event.type}`);
      if (!this.options.handlers.has(event.type)) return { kind: 'ignored' };
      this.options.registry.validate(event);
      return { kind: 'event', event };
    } catch (error) {
      if (
        error instanceof MalformedEventError ||
        error instanceof UnknownEventTypeError ||
        error instanceof EventSchemaViolationError
      ) {
        // Deterministic: every attempt would see the same bytes. Straight to the dead letters.
        return { kind: 'poison', error };
      }
      throw error;
    }
  }

  private async process(message: IncomingMessage, attemptsSoFar: number): Promise<HandleOutcome> {
    const classified = this.classify(message);
    if (classified.kind === 'ignored') return 'ignored';
    if (classified.kind === 'poison') {
      await this.deadLetter(message, classified.error, 1);
      return 'dead-lettered';
    }
    const { event } = classified;
    return this.inEventContext(message, event, () => this.runHandlers(message, event, attemptsSoFar + 1));
  }

  /**
   * Runs `work` with the event's correlation id and in a span that continues the trace the
   * message carries (ADR 74), so whatever the handlers write or queue stays in that trace.
   */
  private inEventContext<T>(message: IncomingMessage, event: CloudEvent, work: () => Promise<T>): Promise<T> {
    return inProcessSpan(message, this.groupId, this.options.transportKind, () =>
      runWithContext(
        contextFrom({ correlationId: event.correlationid, traceparent: event.traceparent }),
        work,
      ),
    );
  }

  private processChunk(messages: IncomingMessage[]): Promise<HandleOutcome[]> {
    const classified = messages.map((m) => this.classify(m));
    const events = classified.flatMap((c) => (c.kind === 'event' ? [c.event] : []));
    return committedWithWake<HandleOutcome[]>(
      this.options.waker,
      (work) => this.options.dataSource.transaction(work),
      async (manager) => {
        const inserted: Array<{ event_id: string }> = events.length
          ? await manager.query(
              `INSERT INTO inbox (consumer_group, event_id, event_type)
             SELECT $1, id, type FROM unnest($2::text[], $3::text[]) AS t(id, type)
             ON CONFLICT DO NOTHING RETURNING event_id`,
              [this.groupId, events.map((e) => e.id), events.map((e) => e.type)],
            )
          : [];
        const fresh = new Set(inserted.map((r) => r.event_id));
        const tx = new TransactionContext(manager, this.options.writer);
        const outcomes: HandleOutcome[] = [];
        // Set-based handlers (batchHandler) get all new events of the chunk at once, after the loop.
        const batches = new Map<IntegrationEventBatchFn, CloudEvent[]>();
        for (const [i, c] of classified.entries()) {
          if (c.kind === 'ignored') {
            outcomes.push('ignored');
          } else if (c.kind === 'poison') {
            tx.emitRaw(this.deadLetterRow(messages[i], c.error, 1));
            outcomes.push('dead-lettered');
          } else if (!fresh.delete(c.event.id)) {
            outcomes.push('duplicate');
          } else {
            const { event } = c;
            const stopTimer = handlerDuration.startTimer({ group: this.groupId, type: event.type });
            await this.inEventContext(messages[i], event, async () => {
              try {
                for (const handler of this.options.handlers.get(event.type) ?? []) {
                  const batch = batchFormOf(handler);
                  if (batch) batches.set(batch, [...(batches.get(batch) ?? []), event]);
                  else await handler(event, tx);
                }
              } catch (error) {
                if (isInfrastructureFailure(error)) throw error;
                handlerFailures.inc({ group: this.groupId, type: event.type, kind: 'handler' });
                throw new HandlerFailedInChunk(event.id, error);
              }
            });
            stopTimer();
            outcomes.push('handled');
          }
        }
        for (const [batch, batchEvents] of batches) await this.runBatch(batch, batchEvents, tx);
        await tx.flush();
        return { result: outcomes, written: tx.written };
      },
    ).then((outcomes) => {
      outcomes.forEach(
        (o, i) =>
          o === 'dead-lettered' &&
          this.afterDeadLetter(messages[i], (classified[i] as { error: unknown }).error, 1),
      );
      return outcomes;
    });
  }

  private async runBatch(batch: IntegrationEventBatchFn, events: CloudEvent[], tx: TransactionContext) {
    const stopTimer = handlerDuration.startTimer({ group: this.groupId, type: events[0].type });
    try {
      await inBatchProcessSpan(events, this.groupId, () => batch(events, tx));
    } catch (error) {
      if (isInfrastructureFailure(error)) throw error;
      handlerFailures.inc({ group: this.groupId, type: events[0].type, kind: 'handler' });
      // The chunk is retried one message at a time, which finds the culprit.
      throw new HandlerFailedInChunk(events[0].id, error);
    }
    stopTimer();
  }

  private async runHandlers(
    message: IncomingMessage,
    event: CloudEvent,
    firstAttempt: number,
  ): Promise<HandleOutcome> {
    for (let attempt = firstAttempt; ; attempt++) {
      const stopTimer = handlerDuration.startTimer({ group: this.groupId, type: event.type });
      try {
        const fresh = await this.inTransaction(event);
        stopTimer();
        return fresh ? 'handled' : 'duplicate';
      } catch (error) {
        const infrastructure = isInfrastructureFailure(error);
        handlerFailures.inc({
          group: this.groupId,
          type: event.type,
          kind: infrastructure ? 'infrastructure' : 'handler',
        });
        if (infrastructure) throw error;
        this.log.warn('handler failed', { eventId: event.id, type: event.type, attempt, error });
        if (attempt >= this.retry.maxAttempts) {
          await this.deadLetter(message, error, attempt);
          return 'dead-lettered';
        }
        await sleep(backoffMs(this.retry, attempt), this.stopping.signal);
        if (this.stopping.signal.aborted) throw new ConsumerStoppingError(event.id, attempt);
      }
    }
  }

  /** Returns false when the inbox already held the event (a redelivery). */
  private inTransaction(event: CloudEvent): Promise<boolean> {
    return committedWithWake<boolean>(
      this.options.waker,
      (work) => this.options.dataSource.transaction(work),
      async (manager) => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO inbox (consumer_group, event_id, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING 1`,
          [this.groupId, event.id, event.type],
        );
        if (inserted.length === 0) return { result: false, written: 0 };
        const tx = new TransactionContext(manager, this.options.writer);
        for (const handler of this.options.handlers.get(event.type) ?? []) await handler(event, tx);
        await tx.flush();
        return { result: true, written: tx.written };
      },
    );
  }

  /** Durable: the dead letter goes out through this service's own outbox. */
  private async deadLetter(message: IncomingMessage, error: unknown, attempts: number): Promise<void> {
    await committedWithWake<void>(
      this.options.waker,
      (work) => this.options.dataSource.transaction(work),
      async (manager) => {
        const tx = new TransactionContext(manager, this.options.writer);
        tx.emitRaw(this.deadLetterRow(message, error, attempts));
        await tx.flush();
        return { result: undefined, written: tx.written };
      },
    );
    this.afterDeadLetter(message, error, attempts);
  }

  private deadLetterRow(message: IncomingMessage, error: unknown, attempts: number): OutboxRow {
    return {
      topic: deadLetterTopic(this.groupId),
      key: message.key ?? message.headers.ce_id ?? 'unkeyed',
      eventType: message.headers.ce_type ?? null,
      headers: {
        ...withoutDeadLetterHeaders(message.headers),
        [DLQ_HEADER.reason]: describe(error).slice(0, 2_000),
        [DLQ_HEADER.group]: this.groupId,
        [DLQ_HEADER.topic]: message.topic,
        [DLQ_HEADER.partition]: String(message.partition),
        [DLQ_HEADER.offset]: message.offset,
        [DLQ_HEADER.attempts]: String(attempts),
        [DLQ_HEADER.at]: new Date().toISOString(),
      },
      value: message.value ?? '',
    };
  }

  private afterDeadLetter(message: IncomingMessage, error: unknown, attempts: number): void {
    const code = (error as { code?: string }).code ?? 'HANDLER.FAILED';
    deadLetters.inc({ group: this.groupId, reason: code });
    this.log.error('message dead-lettered', {
      topic: message.topic,
      offset: message.offset,
      reason: describe(error),
      attempts,
    });
  }
}

/** The consumer stopped while the event waited for its next attempt: not acknowledged, retried later. */
export class ConsumerStoppingError extends Error {
  override readonly name = 'ConsumerStoppingError';
  constructor(eventId: string, attempts: number) {
    super(`consumer stopping: event ${eventId} left unacknowledged after ${attempts} attempt(s)`);
  }
}

class HandlerFailedInChunk extends Error {
  constructor(
    readonly eventId: string,
    readonly failure: unknown,
  ) {
    super(`handler failed for event ${eventId}: ${describe(failure)}`);
  }
}

type Classified =
  { kind: 'ignored' } | { kind: 'poison'; error: unknown } | { kind: 'event'; event: CloudEvent };

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
