import { randomUUID } from 'node:crypto';
import { activeMembershipOf, isPerson, type Principal } from '@csg/auth/principal';
import { AggregateRoot } from '@csg/domain';
import type { PracticeState } from '../../practices/domain/practice.aggregate';
import { DiscussionRuleViolation } from './discussion.errors';
import { PracticeEndorsed } from './discussion.events';

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
export class Endorsement extends AggregateRoot<PracticeEndorsed> {
  private constructor(private readonly state: EndorsementState) {
    super();
  }

  static record(
    input: { agencyId: string; note?: string | null },
    practice: Readonly<PracticeState>,
    endorser: Principal,
    /** How many agencies endorsed it before (read under the practice's lock). */
    endorsedBefore: number,
    now: Date,
  ): Endorsement {
    if (!isPerson(endorser) || !activeMembershipOf(endorser, input.agencyId)) {
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
    const endorsement = new Endorsement({
      id: randomUUID(),
      practiceId: practice.id,
      agencyId: input.agencyId,
      endorserSub: endorser.sub,
      note: input.note?.trim() || null,
      createdAt: now,
    });
    endorsement.record(new PracticeEndorsed(endorsement.snapshot(), practice, endorsedBefore + 1));
    return endorsement;
  }

  static restore(state: EndorsementState): Endorsement {
    return new Endorsement({ ...state });
  }

  snapshot(): Readonly<EndorsementState> {
    return { ...this.state };
  }
}
