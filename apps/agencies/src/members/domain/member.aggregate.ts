import { randomUUID } from 'node:crypto';
import { VersionedAggregateRoot, versionMismatchMessage } from '@csg/domain';
import { MemberRuleViolation } from './member.errors';
import {
  MemberAdded,
  MemberDetailsChanged,
  MemberRemoved,
  MemberRoleChanged,
  MemberSnapshotted,
  type MemberEvent,
} from './member.events';

export type MemberRole = 'agency-admin' | 'member';

export interface MemberDetails {
  sub: string;
  email: string;
  displayName: string;
  title?: string | null;
  role: MemberRole;
}

export type MemberChanges = Partial<Omit<MemberDetails, 'sub'>>;

export interface MemberState extends Required<MemberDetails> {
  id: string;
  agencyId: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What a change did: nothing, the details only, or the role (with or without details). */
export type MemberChangeKind = 'none' | 'details' | 'role';

/** A person (OIDC `sub`) in one agency, with a role there; records what its changes cause. */
export class Member extends VersionedAggregateRoot<MemberEvent> {
  private constructor(private state: MemberState) {
    super();
  }

  static add(agencyId: string, details: MemberDetails, now: Date): Member {
    const member = new Member({
      id: randomUUID(),
      agencyId,
      ...normalise(details),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    member.record(new MemberAdded(member.snapshot()));
    return member;
  }

  static restore(state: MemberState): Member {
    return new Member({ ...state });
  }

  get id(): string {
    return this.state.id;
  }

  get role(): MemberRole {
    return this.state.role;
  }

  protected override versionMismatch(version: number): MemberRuleViolation {
    return new MemberRuleViolation('MEMBER.VERSION_MISMATCH', versionMismatchMessage('member', version));
  }

  change(changes: MemberChanges, now: Date): MemberChangeKind {
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next = { ...this.state, ...normalise({ ...this.state, ...given }) };
    const fields = ['email', 'displayName', 'title', 'role'] as const;
    if (fields.every((field) => next[field] === this.state[field])) return 'none';
    const kind = next.role !== this.state.role ? 'role' : 'details';
    this.state = { ...next, version: this.state.version + 1, updatedAt: now };
    this.record(
      kind === 'role' ? new MemberRoleChanged(this.snapshot()) : new MemberDetailsChanged(this.snapshot()),
    );
    return kind;
  }

  /** The membership as it ends: the removal is one more version of it. */
  remove(now: Date): Readonly<MemberState> {
    this.state = { ...this.state, version: this.state.version + 1, updatedAt: now };
    this.record(new MemberRemoved(this.snapshot()));
    return this.snapshot();
  }

  /** Records its current state for publishing again (a rebuild of other services' projections). */
  republish(): void {
    this.record(new MemberSnapshotted(this.snapshot()));
  }

  override snapshot(): Readonly<MemberState> {
    return { ...this.state };
  }
}

function normalise(details: MemberDetails): Required<MemberDetails> {
  return {
    sub: details.sub,
    email: details.email.trim().toLowerCase(),
    displayName: details.displayName.trim(),
    title: details.title?.trim() || null,
    role: details.role,
  };
}
