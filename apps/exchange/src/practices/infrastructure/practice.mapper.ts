import { CSF } from '@csg/frameworks';
import type { TlpMarking } from '@csg/auth';
import type { PracticeContent } from '../domain/practice-content.value-object';
import type { PracticeState, PracticeStatus } from '../domain/practice.aggregate';
import type { PracticeMarking } from '../domain/practice-marking.value-object';
import type { PendingRevision, PendingRevisionStatus } from '../domain/pending-revision.value-object';
import type { PracticeRevision, RevisionKind } from '../domain/practice-revision.entity';
import type { PracticeContentColumns, PracticeOrmEntity } from './practice.orm-entity';
import type { PracticeRevisionOrmEntity } from './practice-revision.orm-entity';

const unique = (values: Array<string | undefined>) =>
  [...new Set(values.filter((v): v is string => !!v))].sort();

export function practiceToRow(state: Readonly<PracticeState>): PracticeOrmEntity {
  const { marking, pendingMarking, pendingRevision, ...rest } = state;
  const resolved = state.frameworkRefs.map((ref) => CSF.resolve(ref));
  return {
    ...rest,
    tags: [...state.tags],
    sectors: [...state.sectors],
    frameworkRefs: [...state.frameworkRefs],
    frameworkCategories: unique(resolved.map((r) => r?.categoryId)),
    frameworkFunctions: unique(resolved.map((r) => r?.functionId)),
    contributorSubs: [...state.contributorSubs],
    ...markingColumns(marking),
    ...pendingColumns(pendingMarking),
    ...pendingRevisionColumns(pendingRevision),
  };
}

/**
 * A row read by SQL that lists its columns: those it leaves out (the search reader leaves out the
 * body and the pending revision) read as absent.
 */
type PracticeRowRead = Omit<
  PracticeOrmEntity,
  | 'contributorSubs'
  | 'publishedRevisionNumber'
  | 'pendingRevisionNumber'
  | 'pendingRevisionStatus'
  | 'pendingContent'
  | 'pendingRejectionReason'
> &
  Partial<PracticeOrmEntity>;

export function practiceFromRow(row: PracticeRowRead): PracticeState {
  return {
    id: row.id,
    ownerAgencyId: row.ownerAgencyId,
    authorSub: row.authorSub,
    sessionId: row.sessionId,
    title: row.title,
    summary: row.summary,
    body: row.body,
    tags: row.tags,
    sectors: row.sectors,
    frameworkRefs: row.frameworkRefs,
    marking: markingOf(row.tlp, row.sharedWithAgencyIds, row.recipientSubs)!,
    pendingMarking: markingOf(row.pendingTlp, row.pendingSharedWithAgencyIds, row.pendingRecipientSubs),
    status: row.status as PracticeStatus,
    rejectionReason: row.rejectionReason,
    version: row.version,
    revisionCount: row.revisionCount,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
    publishedAt: row.publishedAt ? new Date(row.publishedAt) : null,
    contributorSubs: row.contributorSubs ?? [],
    publishedRevisionNumber: row.publishedRevisionNumber ?? null,
    pendingRevision: pendingRevisionOf(row),
  };
}

export function revisionToRow(practiceId: string, revision: PracticeRevision): PracticeRevisionOrmEntity {
  return {
    practiceId,
    number: revision.number,
    kind: revision.kind,
    authorSub: revision.authorSub,
    createdAt: revision.createdAt,
    changedFields: revision.changedFields,
    ...revision.content,
    tags: [...revision.content.tags],
    sectors: [...revision.content.sectors],
    frameworkRefs: [...revision.content.frameworkRefs],
    ...markingColumns(revision.marking),
    ...pendingColumns(revision.pendingMarking),
    proposal: revision.proposal,
  };
}

export function revisionFromRow(row: PracticeRevisionOrmEntity): PracticeRevision {
  return {
    number: row.number,
    kind: row.kind as RevisionKind,
    authorSub: row.authorSub,
    createdAt: new Date(row.createdAt),
    changedFields: row.changedFields,
    content: {
      title: row.title,
      summary: row.summary,
      body: row.body,
      tags: row.tags,
      sectors: row.sectors,
      frameworkRefs: row.frameworkRefs,
    },
    marking: markingOf(row.tlp, row.sharedWithAgencyIds, row.recipientSubs)!,
    pendingMarking: markingOf(row.pendingTlp, row.pendingSharedWithAgencyIds, row.pendingRecipientSubs),
    proposal: row.proposal ?? false,
  };
}

function pendingRevisionColumns(pending: PendingRevision | null) {
  return {
    pendingRevisionNumber: pending?.number ?? null,
    pendingRevisionStatus: pending?.status ?? null,
    pendingContent: pending ? contentColumns(pending.content) : null,
    pendingRejectionReason: pending?.rejectionReason ?? null,
  };
}

function pendingRevisionOf(row: Partial<PracticeOrmEntity>): PendingRevision | null {
  if (!row.pendingRevisionStatus || !row.pendingContent || !row.pendingRevisionNumber) return null;
  return {
    number: row.pendingRevisionNumber,
    status: row.pendingRevisionStatus as PendingRevisionStatus,
    content: { ...row.pendingContent },
    rejectionReason: row.pendingRejectionReason ?? null,
  };
}

function contentColumns(content: PracticeContent): PracticeContentColumns {
  return {
    title: content.title,
    summary: content.summary,
    body: content.body,
    tags: [...content.tags],
    sectors: [...content.sectors],
    frameworkRefs: [...content.frameworkRefs],
  };
}

function markingColumns(marking: PracticeMarking) {
  return {
    tlp: marking.tlp,
    sharedWithAgencyIds: [...marking.sharedWithAgencyIds],
    recipientSubs: [...marking.recipientSubs],
  };
}

function pendingColumns(marking: PracticeMarking | null) {
  return {
    pendingTlp: marking?.tlp ?? null,
    pendingSharedWithAgencyIds: marking ? [...marking.sharedWithAgencyIds] : null,
    pendingRecipientSubs: marking ? [...marking.recipientSubs] : null,
  };
}

function markingOf(
  tlp: string | null,
  sharedWithAgencyIds: string[] | null,
  recipientSubs: string[] | null,
): PracticeMarking | null {
  if (tlp === null) return null;
  return {
    tlp: tlp as TlpMarking,
    sharedWithAgencyIds: sharedWithAgencyIds ?? [],
    recipientSubs: recipientSubs ?? [],
  };
}
