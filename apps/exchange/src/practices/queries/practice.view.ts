import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TLP_MARKINGS, type Principal } from '@csg/auth';
import { PRACTICE_STATUSES } from '@csg/contracts';
import { PENDING_REVISION_STATUSES } from '../domain/pending-revision.value-object';
import type { PracticeState } from '../domain/practice.aggregate';
import { seesPendingWork } from '../domain/practice-visibility.rule';

const iso = (date: Date | string) => new Date(date).toISOString();

/** What every practice answer shows, with or without its body. */
@ApiSchema({ name: 'PracticeSummary' })
export class PracticeSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'the owning agency' }) agencyId: string;
  @ApiProperty() authorSub: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [String] }) sectors: string[];
  @ApiProperty({ type: [String], example: ['PR.AA', 'PR.AA-01'] }) frameworkRefs: string[];
  @ApiProperty({ enum: TLP_MARKINGS, description: 'the marking in effect on every read path' }) tlp: string;
  @ApiProperty({ type: [String], description: 'TLP:AMBER: agencies besides the owner that read it' })
  sharedWithAgencyIds: string[];
  @ApiProperty({ type: [String], description: 'TLP:RED: the people it is for' }) recipientSubs: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'a widening of the marking waiting for an organiser',
  })
  pendingTlp: string | null;
  @ApiProperty({ type: [String] }) pendingSharedWithAgencyIds: string[];
  @ApiProperty({ type: [String] }) pendingRecipientSubs: string[];
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) sessionId: string | null;
  @ApiProperty({ enum: PRACTICE_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
  @ApiProperty({ description: 'agencies that said they adopted it' }) endorsementCount: number;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'how many revisions it has (the first is its creation)' })
  revisionCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt: string | null;
}

/**
 * An edit of a published practice waiting for review (ADR 56): shown to the owning agency and,
 * while it is submitted, to reviewers; everyone else reads the published revision only.
 */
@ApiSchema({ name: 'PendingPracticeRevision' })
export class PendingRevisionView {
  @ApiProperty({ minimum: 1, description: 'the revision (GET /practices/{id}/revisions) that holds it' })
  number: number;
  @ApiProperty({ enum: PENDING_REVISION_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true, description: "a reviewer's reason when REJECTED" })
  rejectionReason: string | null;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [String] }) sectors: string[];
  @ApiProperty({ type: [String] }) frameworkRefs: string[];
}

/** One practice with its Markdown body and the agencies that endorsed it. */
@ApiSchema({ name: 'Practice' })
export class PracticeView extends PracticeSummaryView {
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty({ type: [String], description: 'endorsing agencies, earliest first' })
  endorsingAgencyIds: string[];
  @ApiProperty({
    type: PendingRevisionView,
    required: false,
    description:
      'an edit of the published practice waiting for review; present only for its agency and (once submitted) its reviewers. The fields above stay the published revision until it is approved.',
  })
  pendingRevision?: PendingRevisionView;
}

export function toPracticeSummaryView(
  state: Readonly<PracticeState>,
  endorsementCount: number,
): PracticeSummaryView {
  return {
    id: state.id,
    agencyId: state.ownerAgencyId,
    authorSub: state.authorSub,
    title: state.title,
    summary: state.summary,
    tags: [...state.tags],
    sectors: [...state.sectors],
    frameworkRefs: [...state.frameworkRefs],
    tlp: state.marking.tlp,
    sharedWithAgencyIds: [...state.marking.sharedWithAgencyIds],
    recipientSubs: [...state.marking.recipientSubs],
    pendingTlp: state.pendingMarking?.tlp ?? null,
    pendingSharedWithAgencyIds: [...(state.pendingMarking?.sharedWithAgencyIds ?? [])],
    pendingRecipientSubs: [...(state.pendingMarking?.recipientSubs ?? [])],
    sessionId: state.sessionId,
    status: state.status,
    rejectionReason: state.rejectionReason,
    endorsementCount,
    version: state.version,
    revisionCount: state.revisionCount,
    createdAt: iso(state.createdAt),
    updatedAt: iso(state.updatedAt),
    publishedAt: state.publishedAt ? iso(state.publishedAt) : null,
  };
}

/** The practice as `reader` sees it: its pending revision only if they see pending work (ADR 56). */
export function toPracticeView(
  state: Readonly<PracticeState>,
  endorsingAgencyIds: string[],
  reader: Principal,
): PracticeView {
  const pending = state.pendingRevision;
  return {
    ...toPracticeSummaryView(state, endorsingAgencyIds.length),
    body: state.body,
    endorsingAgencyIds,
    ...(pending && seesPendingWork(reader, state)
      ? {
          pendingRevision: {
            number: pending.number,
            status: pending.status,
            rejectionReason: pending.rejectionReason,
            ...pending.content,
            tags: [...pending.content.tags],
            sectors: [...pending.content.sectors],
            frameworkRefs: [...pending.content.frameworkRefs],
          },
        }
      : {}),
  };
}
