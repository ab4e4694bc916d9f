import { MemberCommand } from '../member-change.util';

/** Ends a membership; the last agency-admin cannot be removed. */
export class RemoveMemberCommand extends MemberCommand {}
