import { randomUUID } from 'node:crypto';
import { operatesPlatform, type Principal } from '@csg/auth/principal';
import { AggregateRoot } from '@csg/domain';
import {
  changedContentFields,
  normaliseContent,
  type PracticeContent,
} from './practice-content.value-object';
import { PracticeRuleViolation, type PracticeErrorCode } from './practice.errors';
import {
  PracticePublished,
  PracticeRejected,
  PracticeRevised,
  PracticeSubmitted,
  PracticeWithdrawn,
  type PracticeEvent,
} from './practice.events';
import { assertAudienceFits, markingChange } from './practice-marking.rule';
import { normaliseMarking, type PracticeMarking } from './practice-marking.value-object';
import type { PracticeRevision, RevisionKind } from './practice-revision.entity';
import {
  practiceIsReadableBy,
  readsAsOwner,
  reviewsIt,
  type PracticeStatus,
} from './practice-visibility.rule';

export type { PracticeStatus };

export interface PracticeDraft extends PracticeContent, PracticeMarking {
  ownerAgencyId: string;
  sessionId?: string | null;
}

export type PracticeChanges = Partial<PracticeContent & PracticeMarking>;

export interface PracticeState extends PracticeContent {
  id: string;
  ownerAgencyId: string;
  authorSub: string;
  sessionId: string | null;
  marking: PracticeMarking;
  pendingMarking: PracticeMarking | null;
  status: PracticeStatus;
  rejectionReason: string | null;
  version: number;
  revisionCount: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

const REVISABLE: readonly PracticeStatus[] = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED'];

/**
 * A best practice an agency shares, under a TLP marking. Lifecycle: DRAFT → SUBMITTED →
 * PUBLISHED or REJECTED (a revision takes a rejected or submitted practice back to DRAFT) →
 * WITHDRAWN. A TLP:RED practice is published to its recipients on submission, without review.
 */
export class Practice extends AggregateRoot<PracticeEvent> {
  private readonly revisions: PracticeRevision[] = [];

  private constructor(private state: PracticeState) {
    super();
  }

  /** A new draft by a member of the owning agency: revision 1. */
  static draft(draft: PracticeDraft, author: Principal, now = new Date()): Practice {
    if (author.kind !== 'person') throw violation('PRACTICE.NOT_OWNER', 'Only a person writes a practice.');
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

  snapshot(): Readonly<PracticeState> {
    return { ...this.state };
  }

  /** Revisions created since the last call (each once), for the repository to append. */
  pullRevisions(): PracticeRevision[] {
    return this.revisions.splice(0);
  }

  isReadableBy(reader: Principal): boolean {
    return practiceIsReadableBy(reader, this.state);
  }

  /** Refuses a change over a version other than the one the caller read (If-Match). */
  assertVersion(expected: readonly number[] | undefined): void {
    if (expected !== undefined && !expected.includes(this.state.version)) {
      throw violation(
        'PRACTICE.VERSION_MISMATCH',
        `The practice is at version ${this.state.version}, not the one your If-Match names.`,
      );
    }
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
   * waits for an organiser (the part of it that narrows applies at once). A submitted or rejected
   * practice goes back to DRAFT; a published one stays published. Returns false when nothing changes.
   */
  revise(changes: PracticeChanges, actor: Principal, now = new Date()): boolean {
    this.assertWritableBy(actor);
    if (!REVISABLE.includes(this.state.status)) {
      throw violation(
        'PRACTICE.NOT_REVISABLE',
        `A ${describe(this.state.status)} practice cannot be revised.`,
      );
    }
    const content = normaliseContent({ ...this.state, ...definedOf(changes) });
    const given = markingOf(changes);
    const requested = normaliseMarking({ ...(this.state.pendingMarking ?? this.state.marking), ...given });
    assertAudienceFits({ ...given, tlp: requested.tlp }, this.state.ownerAgencyId, requested);
    const { effective, pending } = markingChange(
      this.state.marking,
      requested,
      this.state.status === 'PUBLISHED',
    );
    const changed = changedContentFields(this.state, content);
    const markingChanged =
      JSON.stringify(effective) !== JSON.stringify(this.state.marking) ||
      JSON.stringify(pending) !== JSON.stringify(this.state.pendingMarking);
    if (changed.length === 0 && !markingChanged) return false;
    const backToDraft = this.state.status === 'SUBMITTED' || this.state.status === 'REJECTED';
    this.state = {
      ...this.state,
      ...content,
      marking: effective,
      pendingMarking: pending,
      status: backToDraft ? 'DRAFT' : this.state.status,
      rejectionReason: backToDraft ? null : this.state.rejectionReason,
    };
    this.bump(now);
    const revision = this.recordRevision(
      'REVISED',
      actor.kind === 'person' ? actor.sub : '',
      [...changed, ...(markingChanged ? ['marking'] : [])],
      now,
    );
    if (this.state.status === 'PUBLISHED') this.record(new PracticeRevised(this.snapshot(), revision));
    return true;
  }

  /** DRAFT → SUBMITTED for review; a TLP:RED practice goes straight to PUBLISHED for its recipients. */
  submit(actor: Principal, now = new Date()): void {
    this.assertWritableBy(actor);
    if (this.state.status !== 'DRAFT') {
      throw violation(
        'PRACTICE.NOT_SUBMITTABLE',
        `Only a draft is submitted; this one is ${describe(this.state.status)}.`,
      );
    }
    if (this.state.marking.tlp === 'TLP:RED') {
      this.publish(now);
      return;
    }
    this.state = { ...this.state, status: 'SUBMITTED' };
    this.bump(now);
    this.record(new PracticeSubmitted(this.snapshot()));
  }

  /**
   * An organiser approves what waits for review: a submission (→ PUBLISHED) or a widening of a
   * published practice's marking (it takes effect, as a new revision).
   */
  approve(reviewer: Principal, now = new Date()): void {
    this.assertReviewableBy(reviewer);
    if (this.state.status === 'SUBMITTED') {
      this.publish(now);
      return;
    }
    this.state = { ...this.state, marking: this.state.pendingMarking!, pendingMarking: null };
    this.bump(now);
    const revision = this.recordRevision('MARKING_APPROVED', reviewerSub(reviewer), ['marking'], now);
    this.record(new PracticeRevised(this.snapshot(), revision));
  }

  /** An organiser refuses a submission (→ REJECTED, with the reason) or a pending widening (dropped). */
  reject(reviewer: Principal, reason: string, now = new Date()): void {
    this.assertReviewableBy(reviewer);
    const reasonText = reason.trim();
    if (this.state.status === 'SUBMITTED') {
      this.state = { ...this.state, status: 'REJECTED', rejectionReason: reasonText };
      this.bump(now);
      this.record(new PracticeRejected(this.snapshot(), reasonText, 'SUBMISSION'));
      return;
    }
    this.state = { ...this.state, pendingMarking: null };
    this.bump(now);
    this.record(new PracticeRejected(this.snapshot(), reasonText, 'MARKING_CHANGE'));
  }

  /** Any status but WITHDRAWN → WITHDRAWN: it leaves the exchange (its agency still reads it). */
  withdraw(actor: Principal, now = new Date()): void {
    this.assertWritableBy(actor);
    if (this.state.status === 'WITHDRAWN') {
      throw violation('PRACTICE.ALREADY_WITHDRAWN', 'The practice is already withdrawn.');
    }
    this.state = { ...this.state, status: 'WITHDRAWN', pendingMarking: null };
    this.bump(now);
    this.record(new PracticeWithdrawn(this.snapshot()));
  }

  private assertReviewableBy(reviewer: Principal): void {
    if (!operatesPlatform(reviewer) || !this.isReadableBy(reviewer)) throw notFound();
    if (!reviewsIt(reviewer, this.state)) {
      throw violation(
        'PRACTICE.NOT_UNDER_REVIEW',
        `Nothing of this ${describe(this.state.status)} practice waits for review.`,
      );
    }
  }

  private publish(now: Date): void {
    this.state = { ...this.state, status: 'PUBLISHED', rejectionReason: null, publishedAt: now };
    this.bump(now);
    this.record(new PracticePublished(this.snapshot()));
  }

  private bump(now: Date): void {
    this.state = { ...this.state, version: this.state.version + 1, updatedAt: now };
  }

  private recordRevision(
    kind: RevisionKind,
    authorSub: string,
    changedFields: string[],
    now: Date,
  ): PracticeRevision {
    const { title, summary, body, tags, sectors, frameworkRefs, marking, pendingMarking } = this.state;
    this.state = { ...this.state, revisionCount: this.state.revisionCount + 1 };
    const revision: PracticeRevision = {
      number: this.state.revisionCount,
      kind,
      authorSub,
      createdAt: now,
      changedFields,
      content: { title, summary, body, tags, sectors, frameworkRefs },
      marking,
      pendingMarking,
    };
    this.revisions.push(revision);
    return revision;
  }
}

function definedOf(changes: PracticeChanges): Partial<PracticeContent> {
  const { title, summary, body, tags, sectors, frameworkRefs } = changes;
  return Object.fromEntries(
    Object.entries({ title, summary, body, tags, sectors, frameworkRefs }).filter(([, v]) => v !== undefined),
  );
}

function markingOf(changes: PracticeChanges): Partial<PracticeMarking> {
  const { tlp, sharedWithAgencyIds, recipientSubs } = changes;
  return Object.fromEntries(
    Object.entries({ tlp, sharedWithAgencyIds, recipientSubs }).filter(([, v]) => v !== undefined),
  );
}

function reviewerSub(reviewer: Principal): string {
  return reviewer.kind === 'person' ? reviewer.sub : '';
}

function describe(status: PracticeStatus): string {
  return status.toLowerCase();
}

function violation(code: PracticeErrorCode, message: string): PracticeRuleViolation {
  return new PracticeRuleViolation(code, message);
}

export function notFound(): PracticeRuleViolation {
  return violation('PRACTICE.NOT_FOUND', 'No such practice.');
}
