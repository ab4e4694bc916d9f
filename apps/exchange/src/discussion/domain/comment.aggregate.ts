import { randomUUID } from 'node:crypto';
import { isPerson, operatesPlatform, type Principal } from '@csg/auth/principal';
import { VersionedAggregateRoot, versionMismatchMessage } from '@csg/domain';
import type { PracticeState } from '../../practices/domain/practice.aggregate';
import { DiscussionRuleViolation } from './discussion.errors';
import { CommentPosted } from './discussion.events';

/** An author edits their comment for this long after posting it. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export interface CommentState {
  id: string;
  practiceId: string;
  /** The top-level comment this replies to; null for a top-level comment. */
  parentId: string | null;
  authorSub: string;
  authorName: string | null;
  /** Null once removed. */
  body: string | null;
  version: number;
  createdAt: Date;
  editedAt: Date | null;
  removedAt: Date | null;
}

/** What the reply rule needs to know about the comment replied to. */
export interface ParentFacts {
  id: string;
  practiceId: string;
  parentId: string | null;
  removed: boolean;
}

/**
 * A comment on a practice. Who may read or write it is the practice's read rule (checked by the
 * caller); these are the discussion's own rules.
 */
export class Comment extends VersionedAggregateRoot<CommentPosted> {
  private constructor(private state: CommentState) {
    super();
  }

  /** RepliesAreOneLevelDeep: a reply answers a top-level comment of the same practice. */
  static post(
    input: {
      practice: Readonly<PracticeState>;
      body: string;
      parent: ParentFacts | null;
      parentId?: string | null;
    },
    author: Principal,
    now: Date,
  ): Comment {
    if (!isPerson(author)) {
      throw new DiscussionRuleViolation('COMMENT.NOT_AUTHOR', 'Only a person writes comments.');
    }
    if (
      input.parentId &&
      (!input.parent || input.parent.practiceId !== input.practice.id || input.parent.removed)
    ) {
      throw new DiscussionRuleViolation(
        'COMMENT.PARENT_NOT_FOUND',
        'parentId names no comment of this practice.',
      );
    }
    if (input.parent && input.parent.parentId !== null) {
      throw new DiscussionRuleViolation(
        'COMMENT.REPLY_TOO_DEEP',
        'Replies are one level deep: answer the top-level comment instead.',
      );
    }
    const comment = new Comment({
      id: randomUUID(),
      practiceId: input.practice.id,
      parentId: input.parent?.id ?? null,
      authorSub: author.sub,
      authorName: author.name?.trim() || null,
      body: input.body.trim(),
      version: 1,
      createdAt: now,
      editedAt: null,
      removedAt: null,
    });
    comment.record(new CommentPosted(comment.snapshot(), input.practice));
    return comment;
  }

  static restore(state: CommentState): Comment {
    return new Comment({ ...state });
  }

  override snapshot(): Readonly<CommentState> {
    return { ...this.state };
  }

  protected override versionMismatch(version: number): DiscussionRuleViolation {
    return new DiscussionRuleViolation(
      'COMMENT.VERSION_MISMATCH',
      versionMismatchMessage('comment', version),
    );
  }

  /** OnlyItsAuthorEditsAComment, WithinFifteenMinutes. */
  edit(body: string, actor: Principal, now: Date): void {
    if (!isPerson(actor) || actor.sub !== this.state.authorSub) {
      throw new DiscussionRuleViolation('COMMENT.NOT_AUTHOR', 'Only its author edits a comment.');
    }
    this.assertNotRemoved();
    if (now.getTime() - this.state.createdAt.getTime() > COMMENT_EDIT_WINDOW_MS) {
      throw new DiscussionRuleViolation(
        'COMMENT.EDIT_WINDOW_CLOSED',
        'A comment can be edited for 15 minutes after it was posted.',
      );
    }
    this.state = { ...this.state, body: body.trim(), editedAt: now, version: this.state.version + 1 };
  }

  /** TheAuthorOrAnOrganiserRemovesAComment; its replies stay, under a removed placeholder. */
  remove(actor: Principal, now: Date): void {
    const isAuthor = isPerson(actor) && actor.sub === this.state.authorSub;
    if (!isAuthor && !operatesPlatform(actor)) {
      throw new DiscussionRuleViolation(
        'COMMENT.NOT_AUTHOR',
        'Only its author or an organiser removes a comment.',
      );
    }
    this.assertNotRemoved();
    this.state = { ...this.state, body: null, removedAt: now, version: this.state.version + 1 };
  }

  private assertNotRemoved(): void {
    if (this.state.removedAt !== null) {
      throw new DiscussionRuleViolation('COMMENT.REMOVED', 'The comment was removed.');
    }
  }
}
