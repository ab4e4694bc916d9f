/**
 * Where handlers read the time. They pass `clock.now()` to the aggregates, which never read a
 * clock themselves, so a test sets the time instead of waiting for it. An abstract class, so it
 * is its own injection token (the process root provides the system clock).
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The machine's time. */
export class SystemClock extends Clock {
  override now(): Date {
    return new Date();
  }
}
