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
import { isInfrastructureFailure } from '../infrastructure-errors';
import { deadLetters, handlerDuration, handlerFailures } from '../messaging.metrics';
import type { OutboxWriter } from '../outbox/outbox-writer';
import { TransactionContext } from '../outbox/unit-of-work';
import { backoffMs, DEFAULT_RETRY_POLICY, sleep, type RetryPolicy } from '../retry-policy';
import type { IncomingMessage } from '../transport/message-transport.port';

export type IntegrationEventHandlerFn = (event: CloudEvent<any>, tx: TransactionContext) => Promise<void>;

export interface InboxConsumerOptions {
  groupId: string;
  dataSource: DataSource;
  writer: OutboxWriter;
  registry: EventRegistry;
  handlers: ReadonlyMap<string, readonly IntegrationEventHandlerFn[]>;
  retry?: RetryPolicy;
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

  constructor(private readonly options: InboxConsumerOptions) {
    this.log = new JsonLogger(`inbox:${options.groupId}`);
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  get groupId(): string {
    return this.options.groupId;
  }

  subscribedTypes(): string[] {
    return [...this.options.handlers.keys()];
  }

  readonly handle = async (message: IncomingMessage): Promise<void> => {
    const outcome = await this.process(message);
    this.observers.forEach((observe) => observe(outcome, message));
  };

  private async process(message: IncomingMessage): Promise<HandleOutcome> {
    let event: CloudEvent;
    try {
      event = fromBinaryMessage(message.headers, message.value ?? '');
      if (!this.options.registry.has(event.type))
        throw new UnknownEventTypeError(`unknown event type ${event.type}`);
      if (!this.options.handlers.has(event.type)) return 'ignored';
      this.options.registry.validate(event);
    } catch (error) {
      if (
        error instanceof MalformedEventError ||
        error instanceof UnknownEventTypeError ||
        error instanceof EventSchemaViolationError
      ) {
        // Deterministic: every attempt would see the same bytes. Straight to the dead letters.
        await this.deadLetter(message, error, 1);
        return 'dead-lettered';
      }
      throw error;
    }
    return runWithContext(
      contextFrom({ correlationId: event.correlationid, traceparent: event.traceparent }),
      () => this.runHandlers(message, event),
    );
  }

  private async runHandlers(message: IncomingMessage, event: CloudEvent): Promise<HandleOutcome> {
    for (let attempt = 1; ; attempt++) {
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
        await sleep(backoffMs(this.retry, attempt));
      }
    }
  }

  /** Returns false when the inbox already held the event (a redelivery). */
  private inTransaction(event: CloudEvent): Promise<boolean> {
    return this.options.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox (consumer_group, event_id, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [this.groupId, event.id, event.type],
      );
      if (inserted.length === 0) return false;
      const tx = new TransactionContext(manager, this.options.writer);
      for (const handler of this.options.handlers.get(event.type) ?? []) await handler(event, tx);
      await tx.flush();
      return true;
    });
  }

  /** Durable: the dead letter goes out through this service's own outbox. */
  private async deadLetter(message: IncomingMessage, error: unknown, attempts: number): Promise<void> {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const code = (error as { code?: string }).code ?? 'HANDLER.FAILED';
    await this.options.dataSource.transaction(async (manager) => {
      const tx = new TransactionContext(manager, this.options.writer);
      tx.emitRaw({
        topic: deadLetterTopic(this.groupId),
        key: message.key ?? message.headers.ce_id ?? 'unkeyed',
        eventType: message.headers.ce_type ?? null,
        headers: {
          ...withoutDeadLetterHeaders(message.headers),
          [DLQ_HEADER.reason]: reason.slice(0, 2_000),
          [DLQ_HEADER.group]: this.groupId,
          [DLQ_HEADER.topic]: message.topic,
          [DLQ_HEADER.partition]: String(message.partition),
          [DLQ_HEADER.offset]: message.offset,
          [DLQ_HEADER.attempts]: String(attempts),
          [DLQ_HEADER.at]: new Date().toISOString(),
        },
        value: message.value ?? '',
      });
      await tx.flush();
    });
    deadLetters.inc({ group: this.groupId, reason: code });
    this.log.error('message dead-lettered', {
      topic: message.topic,
      offset: message.offset,
      reason,
      attempts,
    });
  }
}
