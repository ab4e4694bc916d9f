import { randomUUID } from 'node:crypto';
import { activeMembershipOf, type Principal } from '@csg/auth/principal';
import { DiscussionRuleViolation } from './discussion.errors';

export interface EndorsementState {
  id: string;
  practiceId: string;
  /** The agency that adopted the practice. */
  agencyId: string;
  endorserSub: string;
  note: string | null;
  createdAt: Date;
}

/**
 * An agency says, through one of its members, that it adopted a published practice: once per
 * agency (the store refuses a second), never for its own practice.
 */
export class Endorsement {
  private constructor(private readonly state: EndorsementState) {}

  static record(
    input: { practiceId: string; agencyId: string; note?: string | null },
    practice: { status: string; ownerAgencyId: string },
    endorser: Principal,
    now = new Date(),
  ): Endorsement {
    if (endorser.kind !== 'person' || !activeMembershipOf(endorser, input.agencyId)) {
      throw new DiscussionRuleViolation(
        'ENDORSEMENT.NOT_MEMBER',
        'Only members of an agency endorse for it.',
      );
    }
    if (practice.status !== 'PUBLISHED') {
      throw new DiscussionRuleViolation(
        'ENDORSEMENT.PRACTICE_NOT_PUBLISHED',
        'Only a published practice can be endorsed.',
      );
    }
    if (practice.ownerAgencyId === input.agencyId) {
      throw new DiscussionRuleViolation(
        'ENDORSEMENT.OWN_PRACTICE',
        'An agency does not endorse its own practice.',
      );
    }
    return new Endorsement({
      id: randomUUID(),
      practiceId: input.practiceId,
      agencyId: input.agencyId,
      endorserSub: endorser.sub,
      note: input.note?.trim() || null,
      createdAt: now,
    });
  }

  static restore(state: EndorsementState): Endorsement {
    return new Endorsement({ ...state });
  }

  snapshot(): Readonly<EndorsementState> {
    return { ...this.state };
  }
}
