import { CSF } from '@csg/frameworks';
import type { TlpMarking } from '@csg/auth';
import type { PracticeState, PracticeStatus } from '../domain/practice.aggregate';
import type { PracticeMarking } from '../domain/practice-marking.value-object';
import type { PracticeRevision, RevisionKind } from '../domain/practice-revision.entity';
import type { PracticeOrmEntity } from './practice.orm-entity';
import type { PracticeRevisionOrmEntity } from './practice-revision.orm-entity';

const unique = (values: Array<string | undefined>) =>
  [...new Set(values.filter((v): v is string => !!v))].sort();

export function practiceToRow(state: Readonly<PracticeState>): PracticeOrmEntity {
  const { marking, pendingMarking, ...rest } = state;
  const resolved = state.frameworkRefs.map((ref) => CSF.resolve(ref));
  return {
    ...rest,
    tags: [...state.tags],
    sectors: [...state.sectors],
    frameworkRefs: [...state.frameworkRefs],
    frameworkCategories: unique(resolved.map((r) => r?.categoryId)),
    frameworkFunctions: unique(resolved.map((r) => r?.functionId)),
    ...markingColumns(marking),
    ...pendingColumns(pendingMarking),
  };
}

export function practiceFromRow(row: PracticeOrmEntity): PracticeState {
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
