import { randomUUID } from 'node:crypto';
import { isPerson, operatesPlatform, type Principal } from '@csg/auth/principal';
import { VersionedAggregateRoot, versionMismatchMessage } from '@csg/domain';
import {
  changedContentFields,
  normaliseContent,
  type PracticeContent,
} from './practice-content.value-object';
import { planChange } from './practice-change.rule';
import { PracticeRuleViolation, type PracticeErrorCode } from './practice.errors';
import {
  PracticePublished,
  PracticeRejected,
  PracticeRevised,
  PracticeSubmitted,
  PracticeWithdrawn,
  type PracticeEvent,
} from './practice.events';
import { assertAudienceFits } from './practice-marking.rule';
import { normaliseMarking } from './practice-marking.value-object';
import { assertReviewerIsNotAnAuthor, withContributor } from './practice-review.rule';
import type { PracticeRevision, RevisionKind } from './practice-revision.entity';
import {
  markingChangeAwaitsReview,
  practiceIsReadableBy,
  readsAsOwner,
  reviewsIt,
  revisionAwaitsReview,
  seesPendingWork,
  type PracticeStatus,
} from './practice-visibility.rule';
import type { PracticeChanges, PracticeDraft, PracticeState } from './practice.state';

export type { PracticeChanges, PracticeDraft, PracticeState, PracticeStatus };

const REVISABLE: readonly PracticeStatus[] = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED'];

/**
 * A best practice an agency shares, under a TLP marking. Lifecycle: DRAFT → SUBMITTED →
 * PUBLISHED or REJECTED (a revision takes a rejected or submitted practice back to DRAFT) →
 * WITHDRAWN. A TLP:RED practice is published to its recipients on submission, without review.
 * An edit of a PUBLISHED practice is a pending revision with the same review (ADR 56); nobody
 * reviews what they wrote, revised or submitted (ADR 55). Longer than most files: the lifecycle,
 * the pending revision and the review share one version and one lock; the rules they apply are
 * the *.rule.ts files beside it.
 */
export class Practice extends VersionedAggregateRoot<PracticeEvent> {
  private readonly revisions: PracticeRevision[] = [];

  private constructor(private state: PracticeState) {
    super();
  }

  /** A new draft by a member of the owning agency: revision 1. */
  static draft(draft: PracticeDraft, author: Principal, now: Date): Practice {
    if (!isPerson(author)) throw violation('PRACTICE.NOT_OWNER', 'Only a person writes a practice.');
    const marking = normaliseMarking(draft);
    assertAudienceFits(draft, draft.ownerAgencyId);
    const practice = new Practice({
      id: randomUUID(),
      ownerAgencyId: draft.ownerAgencyId,
      authorSub: author.sub,
      sessionId: draft.sessionId ?? null,
      ...normaliseContent(draft),
      marking,
      pendingMarking: null,
      status: 'DRAFT',
      rejectionReason: null,
      version: 1,
      revisionCount: 0,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      contributorSubs: [author.sub],
      publishedRevisionNumber: null,
      pendingRevision: null,
    });
    practice.assertWritableBy(author);
    practice.recordRevision(
      'CREATED',
      author.sub,
      ['title', 'summary', 'body', 'tags', 'sectors', 'frameworkRefs', 'marking'],
      now,
    );
    return practice;
  }

  static restore(state: PracticeState): Practice {
    return new Practice({ ...state });
  }

  get id(): string {
    return this.state.id;
  }

  override snapshot(): Readonly<PracticeState> {
    return { ...this.state };
  }

  /** Revisions created since the last call (each once), for the repository to append. */
  pullRevisions(): PracticeRevision[] {
    return this.revisions.splice(0);
  }

  isReadableBy(reader: Principal): boolean {
    return practiceIsReadableBy(reader, this.state);
  }

  protected override versionMismatch(version: number): PracticeRuleViolation {
    return violation('PRACTICE.VERSION_MISMATCH', versionMismatchMessage('practice', version));
  }

  /**
   * OnlyMembersOfTheOwningAgencyWriteIt. Anyone else who can read it is refused (403); for
   * anyone who cannot, it does not exist (404).
   */
  assertWritableBy(actor: Principal): void {
    if (readsAsOwner(actor, this.state)) return;
    if (this.isReadableBy(actor)) {
      throw violation('PRACTICE.NOT_OWNER', 'Only members of the owning agency change a practice.');
    }
    throw notFound();
  }

  /**
   * A new revision. Raising the marking takes effect at once; on a published practice a widening
   * waits for an organiser (the part of it that narrows applies at once), and a change of content
   * is a pending revision readers do not see until it is approved (ADR 56). A submitted or
   * rejected practice goes back to DRAFT. Returns false when nothing changes.
   */
  revise(changes: PracticeChanges, actor: Principal, now: Date): boolean {
    this.assertWritableBy(actor);
    if (!REVISABLE.includes(this.state.status)) {
      throw violation(
        'PRACTICE.NOT_REVISABLE',
        `A ${describe(this.state.status)} practice cannot be revised.`,
      );
    }
    const { content, changed, effective, pending, markingChanged } = planChange(this.state, changes);
    if (changed.length === 0 && !markingChanged) return false;
    const published = this.state.status === 'PUBLISHED';
    this.state = {
      ...this.state,
      marking: effective,
      pendingMarking: pending,
      contributorSubs: withContributor(this.state.contributorSubs, actor),
    };
    this.bump(now);
    const sub = subOf(actor);
    if (published) {
      this.reviseThePublished(content, changed, markingChanged, sub, now);
      return true;
    }
    const backToDraft = this.state.status === 'SUBMITTED' || this.state.status === 'REJECTED';
    this.state = {
      ...this.state,
      ...content,
      status: backToDraft ? 'DRAFT' : this.state.status,
      rejectionReason: backToDraft ? null : this.state.rejectionReason,
    };
    this.recordRevision('REVISED', sub, [...changed, ...(markingChanged ? ['marking'] : [])], now);
    return true;
  }

  /**
   * PendingRevisionsKeepReadersOnThePublishedOne: a marking change is a revision readers see at
   * once; a change of content is a proposal, the pending revision (back to DRAFT if it was
   * submitted or rejected: an approval applies to what the reviewer read).
   */
  private reviseThePublished(
    content: PracticeContent,
    changed: string[],
    markingChanged: boolean,
    sub: string,
    now: Date,
  ): void {
    if (markingChanged) {
      const revision = this.recordRevision('REVISED', sub, ['marking'], now);
      this.record(new PracticeRevised(this.snapshot(), revision));
    }
    const current = this.state.pendingRevision;
    if (changed.length > 0) {
      const number = this.state.revisionCount + 1;
      this.state = {
        ...this.state,
        pendingRevision: { number, status: 'DRAFT', content, rejectionReason: null },
      };
      const revision = this.recordRevision('REVISED', sub, changed, now, true);
      this.record(new PracticeRevised(this.snapshot(), revision));
    } else if (current && current.status !== 'DRAFT') {
      this.state = { ...this.state, pendingRevision: { ...current, status: 'DRAFT', rejectionReason: null } };
    }
  }

  /**
   * DRAFT → SUBMITTED for review, or a published practice's pending revision likewise; under
   * TLP:RED either is published to its recipients at once, without review.
   */
  submit(actor: Principal, now: Date): void {
    this.assertWritableBy(actor);
    const pendingDraft = this.state.status === 'PUBLISHED' && this.state.pendingRevision?.status === 'DRAFT';
    if (this.state.status !== 'DRAFT' && !pendingDraft) {
      const pendingStatus = this.state.pendingRevision?.status;
      const what = pendingStatus
        ? `its pending revision is ${describe(pendingStatus)}`
        : 'nothing is pending';
      throw violation(
        'PRACTICE.NOT_SUBMITTABLE',
        `Only a draft or a pending revision in draft is submitted; this practice is ${describe(this.state.status)}, ${what}.`,
      );
    }
    this.state = { ...this.state, contributorSubs: withContributor(this.state.contributorSubs, actor) };
    this.bump(now);
    if (pendingDraft) {
      this.submitPendingRevision(actor, now);
      return;
    }
    if (this.state.marking.tlp === 'TLP:RED') {
      this.publish(now);
      return;
    }
    this.state = { ...this.state, status: 'SUBMITTED' };
    this.record(new PracticeSubmitted(this.snapshot(), null));
  }

  private submitPendingRevision(actor: Principal, now: Date): void {
    const pending = this.state.pendingRevision!;
    if (this.state.marking.tlp === 'TLP:RED') {
      this.publishPendingRevision(subOf(actor), now);
      return;
    }
    this.state = { ...this.state, pendingRevision: { ...pending, status: 'SUBMITTED' } };
    this.record(new PracticeSubmitted(this.snapshot(), pending.number));
  }

  /**
   * An organiser approves what waits for review: a submission (→ PUBLISHED), a widening of a
   * published practice's marking (it takes effect, as a new revision) and a submitted pending
   * revision (it becomes the published one), never their own work (four eyes).
   */
  approve(reviewer: Principal, now: Date): void {
    this.assertReviewableBy(reviewer);
    this.bump(now);
    if (this.state.status === 'SUBMITTED') {
      this.publish(now);
      return;
    }
    if (markingChangeAwaitsReview(this.state)) {
      this.state = { ...this.state, marking: this.state.pendingMarking!, pendingMarking: null };
      const revision = this.recordRevision('MARKING_APPROVED', subOf(reviewer), ['marking'], now);
      this.record(new PracticeRevised(this.snapshot(), revision));
    }
    if (revisionAwaitsReview(this.state)) this.publishPendingRevision(subOf(reviewer), now);
  }

  /**
   * An organiser refuses a submission (→ REJECTED, with the reason), a pending widening (dropped)
   * or a submitted pending revision (REJECTED, back to its authors; readers keep the published one).
   */
  reject(reviewer: Principal, reason: string, now: Date): void {
    this.assertReviewableBy(reviewer);
    const reasonText = reason.trim();
    this.bump(now);
    if (this.state.status === 'SUBMITTED') {
      this.state = { ...this.state, status: 'REJECTED', rejectionReason: reasonText };
      this.record(new PracticeRejected(this.snapshot(), reasonText, 'SUBMISSION', null));
      return;
    }
    if (markingChangeAwaitsReview(this.state)) {
      this.state = { ...this.state, pendingMarking: null };
      this.record(new PracticeRejected(this.snapshot(), reasonText, 'MARKING_CHANGE', null));
    }
    const pending = this.state.pendingRevision;
    if (pending && revisionAwaitsReview(this.state)) {
      this.state = {
        ...this.state,
        pendingRevision: { ...pending, status: 'REJECTED', rejectionReason: reasonText },
      };
      this.record(new PracticeRejected(this.snapshot(), reasonText, 'SUBMISSION', pending.number));
    }
  }

  /** Any status but WITHDRAWN → WITHDRAWN: it leaves the exchange (its agency still reads it). */
  withdraw(actor: Principal, now: Date): void {
    this.assertWritableBy(actor);
    if (this.state.status === 'WITHDRAWN') {
      throw violation('PRACTICE.ALREADY_WITHDRAWN', 'The practice is already withdrawn.');
    }
    this.state = { ...this.state, status: 'WITHDRAWN', pendingMarking: null, pendingRevision: null };
    this.bump(now);
    this.record(new PracticeWithdrawn(this.snapshot()));
  }

  /** Who may read the pending revision and the proposals that led to it (ADR 56). */
  seesPendingWork(reader: Principal): boolean {
    return seesPendingWork(reader, this.state);
  }

  private assertReviewableBy(reviewer: Principal): void {
    if (!operatesPlatform(reviewer) || !this.isReadableBy(reviewer)) throw notFound();
    if (!reviewsIt(reviewer, this.state)) {
      throw violation(
        'PRACTICE.NOT_UNDER_REVIEW',
        `Nothing of this ${describe(this.state.status)} practice waits for review.`,
      );
    }
    assertReviewerIsNotAnAuthor(reviewer, this.state.contributorSubs);
  }

  private publish(now: Date): void {
    this.state = {
      ...this.state,
      status: 'PUBLISHED',
      rejectionReason: null,
      publishedAt: now,
      publishedRevisionNumber: this.state.revisionCount,
    };
    this.record(new PracticePublished(this.snapshot(), null));
  }

  /** The pending revision becomes what readers read (a REVISION_PUBLISHED revision); search follows the row. */
  private publishPendingRevision(bySub: string, now: Date): void {
    const pending = this.state.pendingRevision!;
    const replaces = this.state.publishedRevisionNumber;
    const changed = changedContentFields(this.state, pending.content);
    this.state = { ...this.state, ...pending.content, pendingRevision: null };
    this.recordRevision('REVISION_PUBLISHED', bySub, changed, now);
    this.record(new PracticePublished(this.snapshot(), replaces));
  }

  private bump(now: Date): void {
    this.state = { ...this.state, version: this.state.version + 1, updatedAt: now };
  }

  /**
   * Appends a revision with the content readers read, or with the pending revision's content for
   * a `proposal`; a revision readers see while the practice is published is the published one.
   */
  private recordRevision(
    kind: RevisionKind,
    authorSub: string,
    changedFields: string[],
    now: Date,
    proposal = false,
  ): PracticeRevision {
    const { marking, pendingMarking } = this.state;
    const { title, summary, body, tags, sectors, frameworkRefs } = proposal
      ? this.state.pendingRevision!.content
      : this.state;
    const number = this.state.revisionCount + 1;
    const publishedNow = !proposal && this.state.status === 'PUBLISHED';
    this.state = {
      ...this.state,
      revisionCount: number,
      publishedRevisionNumber: publishedNow ? number : this.state.publishedRevisionNumber,
    };
    const revision: PracticeRevision = {
      number,
      kind,
      authorSub,
      createdAt: now,
      changedFields,
      content: { title, summary, body, tags, sectors, frameworkRefs },
      marking,
      pendingMarking,
      proposal,
    };
    this.revisions.push(revision);
    return revision;
  }
}

function subOf(principal: Principal): string {
  return isPerson(principal) ? principal.sub : '';
}

function describe(status: string): string {
  return status.toLowerCase();
}

function violation(code: PracticeErrorCode, message: string): PracticeRuleViolation {
  return new PracticeRuleViolation(code, message);
}

export function notFound(): PracticeRuleViolation {
  return violation('PRACTICE.NOT_FOUND', 'No such practice.');
}
