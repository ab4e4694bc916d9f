import type { Membership, Principal } from '@csg/auth';
import { createPlatformEventRegistry } from '@csg/contracts';
import type { TransactionSource } from '@csg/messaging';
import { InMemoryUnitOfWork } from '@csg/messaging/outbox/in-memory-unit-of-work';
import { TestClock } from '@csg/testing/test-clock';
import { Comment, type CommentState } from '../src/discussion/domain/comment.aggregate';
import { CommentRepository } from '../src/discussion/domain/comment-repository.port';
import { DiscussionRuleViolation } from '../src/discussion/domain/discussion.errors';
import type { Endorsement, EndorsementState } from '../src/discussion/domain/endorsement.aggregate';
import { EndorsementRepository } from '../src/discussion/domain/endorsement-repository.port';
import { EXCHANGE_OUTBOX } from '../src/exchange.outbox';
import { Practice, type PracticeState } from '../src/practices/domain/practice.aggregate';
import { PracticeRepository } from '../src/practices/domain/practice-repository.port';
import { PracticeRuleViolation } from '../src/practices/domain/practice.errors';
import type { PracticeRevision } from '../src/practices/domain/practice-revision.entity';

/** Practices and their revisions in maps, with the table's version check. */
export class InMemoryPracticeRepository extends PracticeRepository {
  readonly rows = new Map<string, PracticeState>();
  readonly revisions = new Map<string, PracticeRevision[]>();

  constructor(private readonly transactions: TransactionSource) {
    super();
  }

  async insert(practice: Practice): Promise<void> {
    this.rows.set(practice.id, practice.snapshot());
    this.keep(practice);
  }

  async lockById(id: string): Promise<Practice | null> {
    const row = this.rows.get(id);
    return row ? Practice.restore(row) : null;
  }

  async update(practice: Practice, previousVersion: number): Promise<void> {
    if (this.rows.get(practice.id)?.version !== previousVersion)
      throw new PracticeRuleViolation(
        'PRACTICE.VERSION_MISMATCH',
        'The practice changed meanwhile; reload it.',
      );
    this.rows.set(practice.id, practice.snapshot());
    this.keep(practice);
  }

  private keep(practice: Practice): void {
    this.revisions.set(practice.id, [
      ...(this.revisions.get(practice.id) ?? []),
      ...practice.pullRevisions(),
    ]);
    this.transactions.current.track(practice);
  }
}

export class InMemoryCommentRepository extends CommentRepository {
  readonly rows = new Map<string, CommentState>();

  constructor(private readonly transactions: TransactionSource) {
    super();
  }

  async insert(comment: Comment): Promise<void> {
    this.rows.set(comment.snapshot().id, comment.snapshot());
    this.transactions.current.track(comment);
  }

  async find(id: string): Promise<Comment | null> {
    const row = this.rows.get(id);
    return row ? Comment.restore(row) : null;
  }

  async lock(practiceId: string, commentId: string): Promise<Comment | null> {
    const row = this.rows.get(commentId);
    return row?.practiceId === practiceId ? Comment.restore(row) : null;
  }

  async update(comment: Comment, previousVersion: number): Promise<void> {
    const state = comment.snapshot();
    if (this.rows.get(state.id)?.version !== previousVersion)
      throw new DiscussionRuleViolation('COMMENT.NOT_FOUND', 'No such comment.');
    this.rows.set(state.id, state);
    this.transactions.current.track(comment);
  }
}

/** Endorsements in a list, refusing a second one per agency and practice as the unique key does. */
export class InMemoryEndorsementRepository extends EndorsementRepository {
  readonly rows: EndorsementState[] = [];

  constructor(private readonly transactions: TransactionSource) {
    super();
  }

  async insert(endorsement: Endorsement): Promise<void> {
    const state = endorsement.snapshot();
    if (this.rows.some((r) => r.practiceId === state.practiceId && r.agencyId === state.agencyId))
      throw new DiscussionRuleViolation(
        'ENDORSEMENT.ALREADY_ENDORSED',
        'This agency has already endorsed the practice.',
      );
    this.rows.push(state);
    this.transactions.current.track(endorsement);
  }

  async agenciesEndorsing(practiceId: string): Promise<string[]> {
    return this.rows.filter((r) => r.practiceId === practiceId).map((r) => r.agencyId);
  }
}

/** The exchange's ports in memory, with the real outbox mapping and schema validation. */
export function inMemoryExchange() {
  const unitOfWork = new InMemoryUnitOfWork(createPlatformEventRegistry(), EXCHANGE_OUTBOX, '/csg/exchange');
  return {
    unitOfWork,
    practices: new InMemoryPracticeRepository(unitOfWork),
    comments: new InMemoryCommentRepository(unitOfWork),
    endorsements: new InMemoryEndorsementRepository(unitOfWork),
    clock: new TestClock(),
  };
}

export const AGENCY_A = '11111111-1111-4111-8111-111111111111';
export const AGENCY_B = '22222222-2222-4222-8222-222222222222';
export const AGENCY_C = '33333333-3333-4333-8333-333333333333';

/** A person with active memberships (`[agencyId, role]`) and platform roles. */
export function person(
  sub: string,
  memberships: Array<[string, Membership['role']]> = [],
  platformRoles: Array<'organiser' | 'platform-admin'> = [],
): Principal {
  return {
    kind: 'person',
    sub,
    name: `Person ${sub}`,
    platformRoles,
    memberships: memberships.map(([agencyId, role]) => ({ agencyId, role, agencyStatus: 'ACTIVE' })),
  };
}
