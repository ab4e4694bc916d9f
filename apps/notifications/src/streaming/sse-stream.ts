import type { ChangeSignal } from './change-signal';

/** The raw Node response under Fastify's reply, and the request's socket events. */
export interface SseReply {
  hijack(): void;
  raw: {
    writeHead(status: number, headers: Record<string, string>): unknown;
    write(chunk: string): boolean;
    end(): void;
    on(event: 'close', listener: () => void): unknown;
  };
}

export interface SseEvent {
  id: string;
  event: string;
  data: unknown;
}

export interface SseSource {
  /** The events after `position` (oldest first) and the position after the last one. */
  next(position: string): Promise<{ events: SseEvent[]; position: string }>;
}

/** What a stream serves: the position it starts after, and how to read on from any position. */
export interface SseFeed extends SseSource {
  start: string;
}

/**
 * Serves Server-Sent Events: sends what the source has after `position`, then again whenever the
 * signal fires or `pollMs` passes, with a comment line as heartbeat. Each event carries its `id`,
 * so a client that reconnects with `Last-Event-ID` resumes where it stopped.
 */
export function serveSse(reply: SseReply, source: SseSource, signal: ChangeSignal, start: string): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-content-type-options': 'nosniff',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 3000\n\n');
  let position = start;
  let closed = false;
  let pending: Promise<void> | null = null;
  let again = false;
  const pump = (): void => {
    if (closed) return;
    if (pending) {
      again = true;
      return;
    }
    pending = (async () => {
      try {
        do {
          again = false;
          const batch = await source.next(position);
          position = batch.position;
          for (const e of batch.events) {
            if (closed) return;
            raw.write(`id: ${e.id}\nevent: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`);
          }
        } while (again && !closed);
      } catch {
        // the database is away; the next wake-up or poll tries again
      } finally {
        pending = null;
      }
    })();
  };
  const unsubscribe = signal.subscribe(pump);
  const unhook = signal.onShutdown(() => raw.end());
  const poll = setInterval(pump, Number(process.env.NOTIFICATIONS_STREAM_POLL_MS ?? 5000));
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
  raw.on('close', () => {
    closed = true;
    unsubscribe();
    unhook();
    clearInterval(poll);
    clearInterval(heartbeat);
  });
  pump();
}
