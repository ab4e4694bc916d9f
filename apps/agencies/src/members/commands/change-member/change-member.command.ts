import type { MemberChanges } from '../../domain/member.aggregate';
import { MemberCommand } from '../member-change.util';

/** Changes a member's role or details. */
export class ChangeMemberCommand extends MemberCommand {
  constructor(
    agencyId: string,
    memberId: string,
    expectedVersions: readonly number[] | undefined,
    readonly changes: MemberChanges,
  ) {
    super(agencyId, memberId, expectedVersions);
  }
}
