import { EventEmitter } from 'node:events';
import { PgListener } from '@csg/messaging/pg-listener';

/**
 * Wakes live streams when their table changes: one LISTEN connection per channel for the whole
 * process (writers `pg_notify` in their transaction, so the wake-up comes after the commit).
 * Streams also poll on their own, so a missed notification only delays, never loses.
 */
export class ChangeSignal {
  private readonly emitter = new EventEmitter();
  private readonly listener: PgListener;

  constructor(url: string, channel: string) {
    this.emitter.setMaxListeners(0);
    this.listener = new PgListener(
      url,
      channel,
      () => this.emitter.emit('change'),
      `csg-notifications-${channel}`,
    );
  }

  start(): void {
    this.listener.start();
  }

  /** Stops listening and ends every open stream (so the server can close). */
  stop(): Promise<void> {
    this.emitter.emit('shutdown');
    return this.listener.stop();
  }

  /** Calls `end` once when the process shuts down, until the returned function is called. */
  onShutdown(end: () => void): () => void {
    this.emitter.once('shutdown', end);
    return () => this.emitter.off('shutdown', end);
  }

  /** Calls `wake` on every change until the returned function is called. */
  subscribe(wake: () => void): () => void {
    this.emitter.on('change', wake);
    return () => this.emitter.off('change', wake);
  }
}
