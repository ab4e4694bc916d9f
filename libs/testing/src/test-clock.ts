import { Clock } from '@csg/domain';

/**
 * A clock that moves only when a test moves it: it starts at the real time it was made (so data
 * built from `Date.now()` stays in the future it was meant for), `advance(ms)` and `set(at)`.
 */
export class TestClock extends Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    super();
    this.current = start.getTime();
  }

  override now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current += ms;
  }

  set(at: Date): void {
    this.current = at.getTime();
  }
}
