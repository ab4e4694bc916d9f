import type { MemberState } from './member.aggregate';

/** Every member fact carries the membership as it is after the change (its version included). */
abstract class MemberFact {
  constructor(readonly member: Readonly<MemberState>) {}
}

/** A person joined an agency with a role. */
export class MemberAdded extends MemberFact {}

/** Their role in the agency changed (with or without other details). */
export class MemberRoleChanged extends MemberFact {}

/** Their e-mail, display name or title changed, not their role. */
export class MemberDetailsChanged extends MemberFact {}

/** The membership ended: `member` is its last state, one version after the one removed. */
export class MemberRemoved extends MemberFact {}

/** Not a change: its current state published again on request (npm run agencies:resnapshot). */
export class MemberSnapshotted extends MemberFact {}

export type MemberEvent =
  MemberAdded | MemberRoleChanged | MemberDetailsChanged | MemberRemoved | MemberSnapshotted;
