import type { SessionChanges } from '../../domain/session.aggregate';

/** Changes a session's details; new times on a scheduled session reschedule it. */
export class UpdateSessionCommand {
  constructor(
    readonly sessionId: string,
    readonly changes: SessionChanges,
    readonly expectedVersions: readonly number[] | undefined,
  ) {}
}
