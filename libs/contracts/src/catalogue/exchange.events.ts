import { egress, type EgressRule } from '../egress';
import { defineIntegrationEvent } from '../integration-event.definition';
import type { JsonSchema } from '../json-schema';
import { serviceTopic } from '../topics';
import { nullableString, objectSchema, timestamp, tlp, uuid, version } from './common.schemas';

const TOPIC = serviceTopic('exchange');

export const PRACTICE_STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'] as const;

/**
 * What every exchange event carries so consumers can enforce the practice's marking: the marking,
 * the owning agency, the agencies a TLP:AMBER practice is shared with and the people a TLP:RED
 * one is for (identifiers only).
 */
export interface PracticeMarkingData {
  practiceId: string;
  ownerAgencyId: string;
  tlp: string;
  sharedWithAgencyIds: string[];
  recipientSubs: string[];
}

/**
 * A practice's content, present unless the practice is TLP:RED (RED events carry ids, not
 * content). `frameworkRefs` and `sessionId` are identifiers and travel under every marking.
 */
export interface PracticeData extends PracticeMarkingData {
  authorSub: string;
  status: (typeof PRACTICE_STATUSES)[number];
  version: number;
  frameworkRefs: string[];
  sessionId: string | null;
  title?: string;
  summary?: string;
  tags?: string[];
  sectors?: string[];
  occurredAt: string;
}

/**
 * On the events about a published practice's pending revision (an edit readers do not see until
 * an organiser approves it): their content fields still carry the published revision, and they
 * are for the owning agency only, as a draft's are.
 */
export interface PendingRevisionData {
  /** true: about the pending revision of a published practice, not what its readers read. */
  pendingRevision?: boolean;
  /** The revision the practice's readers read. */
  publishedRevisionNumber?: number;
}

export interface PracticeSubmittedData extends PracticeData, PendingRevisionData {
  /** The pending revision submitted (with `pendingRevision`). */
  revisionNumber?: number;
}

export interface PracticePublishedData extends PracticeData {
  /** The revision readers read from now on. */
  publishedRevisionNumber?: number;
  /** The published revision this one replaces: an approved edit, not a first publication. */
  replacesRevisionNumber?: number;
}

export interface PracticeRevisedData extends PracticeData, PendingRevisionData {
  revisionNumber: number;
  changedFields: string[];
  /** A widening of the marking waits for an organiser (the event's `tlp` is the one in effect). */
  markingChangePending: boolean;
}

export interface PracticeRejectedData extends PracticeData, PendingRevisionData {
  /** The pending revision sent back (with `pendingRevision`). */
  revisionNumber?: number;
  /**
   * SUBMISSION: the practice (or, with `pendingRevision`, its pending revision) went back to its
   * authors; MARKING_CHANGE: a widening was refused.
   */
  scope: 'SUBMISSION' | 'MARKING_CHANGE';
  /** Absent under TLP:RED. */
  reason?: string;
}

export interface CommentPostedData extends PracticeMarkingData {
  commentId: string;
  parentId: string | null;
  authorSub: string;
  /** Absent under TLP:RED. */
  body?: string;
  occurredAt: string;
}

export interface PracticeEndorsedData extends PracticeMarkingData {
  endorsementId: string;
  /** The agency that adopted the practice. */
  agencyId: string;
  endorserSub: string;
  /** Absent under TLP:RED. */
  note?: string | null;
  endorsementCount: number;
  occurredAt: string;
}

const strings: JsonSchema = { type: 'array', items: { type: 'string' } };
const uuids: JsonSchema = { type: 'array', items: uuid };

const markingProperties: Record<string, JsonSchema> = {
  practiceId: uuid,
  ownerAgencyId: uuid,
  tlp,
  sharedWithAgencyIds: uuids,
  recipientSubs: strings,
};
const markingRequired = ['practiceId', 'ownerAgencyId', 'tlp', 'sharedWithAgencyIds', 'recipientSubs'];

/** Under TLP:RED none of `contentFields` may be present. */
function withoutContentWhenRed(schema: JsonSchema, contentFields: string[]): JsonSchema {
  return {
    ...schema,
    if: { properties: { tlp: { const: 'TLP:RED' } }, required: ['tlp'] },
    then: { not: { anyOf: contentFields.map((field) => ({ required: [field] })) } },
  } as JsonSchema;
}

const PRACTICE_CONTENT = ['title', 'summary', 'tags', 'sectors'];
const practiceProperties: Record<string, JsonSchema> = {
  ...markingProperties,
  authorSub: { type: 'string', minLength: 1 },
  status: { type: 'string', enum: PRACTICE_STATUSES },
  version,
  frameworkRefs: strings,
  sessionId: { type: ['string', 'null'], format: 'uuid' },
  title: { type: 'string' },
  summary: { type: 'string' },
  tags: strings,
  sectors: strings,
  occurredAt: timestamp,
};
const practiceRequired = [
  ...markingRequired,
  'authorSub',
  'status',
  'version',
  'frameworkRefs',
  'occurredAt',
];

/** Submission, rejection, withdrawal: the authoring and review workflow stays inside the owning agency. */
const REVIEW_EGRESS = egress.owner(
  'ownerAgencyId',
  "The owning agency's clients, and the platform's clients cleared for its marking; never other agencies.",
);
/** What readers see: a published practice within its marking, as the API shows it. */
const READERS_EGRESS = egress.readers(
  { kind: 'practice', idField: 'practiceId' },
  'Whoever may read the practice (published, within its marking; its own agency in every status).',
);

const revisionNumber: JsonSchema = { type: 'integer', minimum: 1 };
/** Optional: present on events about a published practice's pending revision. */
const pendingRevisionProperties: Record<string, JsonSchema> = {
  pendingRevision: { type: 'boolean' },
  publishedRevisionNumber: revisionNumber,
};

const practiceEvent = (
  fact: string,
  description: string,
  extra: Record<string, JsonSchema> = {},
  required: string[] = [],
  content: string[] = [],
  egressRule: EgressRule = REVIEW_EGRESS,
) =>
  defineIntegrationEvent({
    type: `csg.exchange.practice.${fact}.v1`,
    topic: TOPIC,
    egress: egressRule,
    description,
    partitionKey: 'practiceId',
    marked: true,
    schema: withoutContentWhenRed(
      objectSchema({ ...practiceProperties, ...extra }, [...practiceRequired, ...required]),
      [...PRACTICE_CONTENT, ...content],
    ),
  });

export const PracticeSubmitted = practiceEvent(
  'submitted',
  'A draft practice, or a pending revision of a published one (`pendingRevision`), was submitted for review by organisers.',
  { ...pendingRevisionProperties, revisionNumber },
);
export const PracticePublished = practiceEvent(
  'published',
  'A practice was published to the readers its marking allows (approved by an organiser, or TLP:RED on submission to its recipients); with `replacesRevisionNumber`, an approved edit replaced the published content.',
  { publishedRevisionNumber: revisionNumber, replacesRevisionNumber: revisionNumber },
  [],
  [],
  READERS_EGRESS,
);
export const PracticeRevised = practiceEvent(
  'revised',
  'A published practice changed (a new immutable revision); it stays published. Also emitted when an organiser approves a widening of its marking, and (with `pendingRevision`) when its agency edits its content: a pending revision readers do not see until it is approved.',
  {
    revisionNumber,
    changedFields: strings,
    markingChangePending: { type: 'boolean' },
    ...pendingRevisionProperties,
  },
  ['revisionNumber', 'changedFields', 'markingChangePending'],
  [],
  egress.readers(
    { kind: 'practice', idField: 'practiceId' },
    "Whoever may read the practice (a published one within its marking); a revision still pending review only the owning agency's clients and the platform's.",
    { ownerOnlyWhen: { field: 'pendingRevision', values: [true] } },
  ),
);
export const PracticeRejected = practiceEvent(
  'rejected',
  "An organiser rejected a submission (back to its authors with a reason; with `pendingRevision`, a published practice's pending revision) or a widening of a published practice's marking.",
  {
    scope: { type: 'string', enum: ['SUBMISSION', 'MARKING_CHANGE'] },
    reason: { type: 'string' },
    ...pendingRevisionProperties,
    revisionNumber,
  },
  ['scope'],
  ['reason'],
);
export const PracticeWithdrawn = practiceEvent(
  'withdrawn',
  'A practice was withdrawn by its agency; only that agency reads it now.',
);

export const CommentPosted = defineIntegrationEvent({
  type: 'csg.exchange.comment.posted.v1',
  egress: egress.readers(
    { kind: 'practice', idField: 'practiceId' },
    'Whoever may read the practice now (published, within its marking; its own agency in every status).',
  ),
  topic: TOPIC,
  description:
    'Someone who may read a practice commented on it (keyed by the practice, so its discussion stays in order).',
  partitionKey: 'practiceId',
  marked: true,
  schema: withoutContentWhenRed(
    objectSchema(
      {
        ...markingProperties,
        commentId: uuid,
        parentId: { type: ['string', 'null'], format: 'uuid' },
        authorSub: { type: 'string', minLength: 1 },
        body: { type: 'string' },
        occurredAt: timestamp,
      },
      [...markingRequired, 'commentId', 'parentId', 'authorSub', 'occurredAt'],
    ),
    ['body'],
  ),
});

export const PracticeEndorsed = defineIntegrationEvent({
  type: 'csg.exchange.practice.endorsed.v1',
  egress: egress.readers(
    { kind: 'practice', idField: 'practiceId' },
    'Whoever may read the practice now (published, within its marking; its own agency in every status).',
  ),
  topic: TOPIC,
  description: 'An agency said it adopted a published practice (once per agency).',
  partitionKey: 'practiceId',
  marked: true,
  schema: withoutContentWhenRed(
    objectSchema(
      {
        ...markingProperties,
        endorsementId: uuid,
        agencyId: uuid,
        endorserSub: { type: 'string', minLength: 1 },
        note: nullableString,
        endorsementCount: { type: 'integer', minimum: 1 },
        occurredAt: timestamp,
      },
      [...markingRequired, 'endorsementId', 'agencyId', 'endorserSub', 'endorsementCount', 'occurredAt'],
    ),
    ['note'],
  ),
});

export const EXCHANGE_EVENTS = [
  PracticeSubmitted,
  PracticePublished,
  PracticeRevised,
  PracticeRejected,
  PracticeWithdrawn,
  CommentPosted,
  PracticeEndorsed,
];
