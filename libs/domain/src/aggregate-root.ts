/**
 * An aggregate that records the facts its changes cause (domain events, plain objects of the
 * service's own classes). It does not publish them: the repository that saves it hands it to
 * the unit of work, which turns the recorded facts into outbox rows through the service's
 * mapping, in the transaction of the change (libs/messaging, OutboxMapping).
 */
export abstract class AggregateRoot<Event extends object = object> {
  private readonly recorded: Event[] = [];

  /** Records a fact this change causes; it is published only if the change commits. */
  protected record(event: Event): void {
    this.recorded.push(event);
  }

  /** The facts recorded and not yet taken, oldest first. */
  get recordedEvents(): readonly Event[] {
    return [...this.recorded];
  }

  /** Takes the recorded facts (the unit of work calls this when it writes the outbox). */
  pullRecordedEvents(): Event[] {
    return this.recorded.splice(0);
  }
}
