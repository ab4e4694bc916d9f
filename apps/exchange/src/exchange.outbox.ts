import {
  CommentPosted as CommentPostedV1,
  PracticeEndorsed as PracticeEndorsedV1,
  PracticePublished as PracticePublishedV1,
  PracticeRejected as PracticeRejectedV1,
  PracticeRevised as PracticeRevisedV1,
  PracticeSubmitted as PracticeSubmittedV1,
  PracticeWithdrawn as PracticeWithdrawnV1,
} from '@csg/contracts';
import { outboxMapping } from '@csg/messaging';
import { CommentPosted, PracticeEndorsed } from './discussion/domain/discussion.events';
import {
  PracticePublished,
  PracticeRejected,
  PracticeRevised,
  PracticeSubmitted,
  PracticeWithdrawn,
} from './practices/domain/practice.events';
import {
  mayCarryContent,
  pendingRevisionData,
  practiceData,
  practiceMarkingData,
} from './practices/infrastructure/practice-events.mapper';

/**
 * What the exchange publishes for each fact its aggregates record (ADR 32): every event carries
 * the practice's marking in force and its audience; below TLP:RED also its words, always the
 * published revision's (a pending revision's content leaves only once approved, ADR 56).
 */
export const EXCHANGE_OUTBOX = outboxMapping()
  .on(PracticeSubmitted, PracticeSubmittedV1, (fact) => ({
    ...practiceData(fact.practice),
    ...pendingRevisionData(fact.practice, fact.pendingRevisionNumber),
  }))
  .on(PracticePublished, PracticePublishedV1, (fact) => ({
    ...practiceData(fact.practice),
    ...(fact.practice.publishedRevisionNumber !== null
      ? { publishedRevisionNumber: fact.practice.publishedRevisionNumber }
      : {}),
    ...(fact.replacesRevisionNumber !== null ? { replacesRevisionNumber: fact.replacesRevisionNumber } : {}),
  }))
  .on(PracticeWithdrawn, PracticeWithdrawnV1, (fact) => practiceData(fact.practice))
  .on(PracticeRevised, PracticeRevisedV1, (fact) => ({
    ...practiceData(fact.practice),
    revisionNumber: fact.revision.number,
    changedFields: fact.revision.changedFields,
    markingChangePending: fact.practice.pendingMarking !== null,
    ...pendingRevisionData(fact.practice, fact.revision.proposal ? fact.revision.number : null),
  }))
  .on(PracticeRejected, PracticeRejectedV1, (fact) => ({
    ...practiceData(fact.practice),
    scope: fact.scope,
    ...(mayCarryContent(fact.practice) ? { reason: fact.reason } : {}),
    ...pendingRevisionData(fact.practice, fact.pendingRevisionNumber),
  }))
  .on(CommentPosted, CommentPostedV1, (fact) => ({
    ...practiceMarkingData(fact.practice),
    commentId: fact.comment.id,
    parentId: fact.comment.parentId,
    authorSub: fact.comment.authorSub,
    ...(mayCarryContent(fact.practice) ? { body: fact.comment.body } : {}),
    occurredAt: fact.comment.createdAt.toISOString(),
  }))
  .on(PracticeEndorsed, PracticeEndorsedV1, (fact) => ({
    ...practiceMarkingData(fact.practice),
    endorsementId: fact.endorsement.id,
    agencyId: fact.endorsement.agencyId,
    endorserSub: fact.endorsement.endorserSub,
    ...(mayCarryContent(fact.practice) ? { note: fact.endorsement.note } : {}),
    endorsementCount: fact.endorsementCount,
    occurredAt: fact.endorsement.createdAt.toISOString(),
  }));
