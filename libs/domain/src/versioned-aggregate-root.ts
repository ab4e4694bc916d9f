import { AggregateRoot } from './aggregate-root';

/**
 * An aggregate with a version that each change moves by one: the ETag its readers get, the
 * `If-Match` a change names, and the guard of its optimistic write (`update(it, previousVersion)`).
 */
export abstract class VersionedAggregateRoot<Event extends object = object> extends AggregateRoot<Event> {
  /** Its state as readers see it; every versioned aggregate carries its version there. */
  abstract snapshot(): Readonly<{ version: number }>;

  /** What a change over a version the caller did not read raises: the context's own code (412). */
  protected abstract versionMismatch(version: number): Error;

  get version(): number {
    return this.snapshot().version;
  }

  /** Refuses a change unless the caller read the version it is at (`expected` undefined: no If-Match). */
  assertVersion(expected: readonly number[] | undefined): void {
    const { version } = this;
    if (expected !== undefined && !expected.includes(version)) throw this.versionMismatch(version);
  }
}

/** The message of every stale If-Match, e.g. "The agency is at version 3, not the one your If-Match names." */
export function versionMismatchMessage(noun: string, version: number): string {
  return `The ${noun} is at version ${version}, not the one your If-Match names.`;
}
