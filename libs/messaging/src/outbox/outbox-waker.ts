/**
 * Tells a service's outbox relay, in this process, that a transaction has just committed outbox
 * rows, so it publishes them at once instead of at its next poll (ADR 48). One per service per
 * process: `MessagingModule.forService` (or `ServiceMessaging`) creates it and gives it to both
 * the service's unit of work and its relay, so in the embedded process each service wakes only
 * its own relay. Rows committed by another process (another instance, an operator CLI) are found
 * by that relay's polling fallback.
 */
export class OutboxWaker {
  private readonly listeners = new Set<() => void>();

  /** Registers a relay; returns the function that removes it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after a commit that wrote outbox rows (never before the commit, never after a rollback). */
  wake(): void {
    for (const listener of this.listeners) listener();
  }
}
