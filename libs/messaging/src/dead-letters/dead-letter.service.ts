import { deadLetterTopic, replayTopic } from '@csg/contracts';
import type { IncomingMessage, MessageTransport, OutgoingMessage } from '../transport/message-transport.port';
import { DLQ_HEADER, withoutDeadLetterHeaders } from './dead-letter.headers';

export interface DeadLetter {
  /** The original event id, when the message had one. */
  eventId: string | null;
  type: string | null;
  key: string | null;
  reason: string;
  group: string;
  sourceTopic: string;
  sourceOffset: string;
  attempts: number;
  deadLetteredAt: string;
  message: IncomingMessage;
}

function toDeadLetter(message: IncomingMessage): DeadLetter {
  const h = message.headers;
  return {
    eventId: h.ce_id ?? null,
    type: h.ce_type ?? null,
    key: message.key,
    reason: h[DLQ_HEADER.reason] ?? 'unknown',
    group: h[DLQ_HEADER.group] ?? 'unknown',
    sourceTopic: h[DLQ_HEADER.topic] ?? 'unknown',
    sourceOffset: `${h[DLQ_HEADER.partition] ?? '?'}:${h[DLQ_HEADER.offset] ?? '?'}`,
    attempts: Number(h[DLQ_HEADER.attempts] ?? 0),
    deadLetteredAt: h[DLQ_HEADER.at] ?? '',
    message,
  };
}

/**
 * Lists a consumer group's dead letters and replays them to that group only (its replay topic).
 * A replayed event that the group has meanwhile handled is absorbed by its inbox, so replaying
 * twice never repeats a side effect.
 */
export class DeadLetterService {
  constructor(private readonly transport: MessageTransport) {}

  /** One entry per dead event (a message dead-lettered twice after a redelivery is listed once). */
  async list(group: string): Promise<DeadLetter[]> {
    const seen = new Map<string, DeadLetter>();
    for (const message of await this.transport.readAll(deadLetterTopic(group))) {
      const letter = toDeadLetter(message);
      seen.set(letter.eventId ?? `${letter.sourceTopic}:${letter.sourceOffset}`, letter);
    }
    return [...seen.values()];
  }

  async replay(
    group: string,
    options: { eventIds?: string[]; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<number> {
    const wanted = options.eventIds ? new Set(options.eventIds) : null;
    const letters = (await this.list(group)).filter(
      (l) => !wanted || (l.eventId !== null && wanted.has(l.eventId)),
    );
    await this.transport.ensureTopics([replayTopic(group)]);
    const batchSize = 100;
    for (let i = 0; i < letters.length; i += batchSize) {
      const batch: OutgoingMessage[] = letters.slice(i, i + batchSize).map((l) => ({
        topic: replayTopic(group),
        key: l.key ?? 'unkeyed',
        value: l.message.value ?? '',
        headers: withoutDeadLetterHeaders(l.message.headers),
      }));
      await this.transport.publish(batch);
      options.onProgress?.(Math.min(i + batchSize, letters.length), letters.length);
    }
    return letters.length;
  }
}
