import { egress } from '../egress';
import { defineIntegrationEvent } from '../integration-event.definition';
import type { JsonSchema } from '../json-schema';
import { serviceTopic } from '../topics';
import { nullableString, objectSchema, timestamp, tlp, uuid, version } from './common.schemas';

export const SESSION_MODES = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export const SESSION_STATUSES = ['DRAFT', 'SCHEDULED', 'COMPLETED', 'CANCELLED'] as const;
export const AGENDA_ITEM_KINDS = [
  'KEYNOTE',
  'PRESENTATION',
  'WORKSHOP',
  'EXERCISE',
  'PANEL',
  'DISCUSSION',
  'BREAK',
] as const;
export const REGISTRATION_STATUSES = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'] as const;
export const ATTENDANCE_SOURCES = ['BULK', 'CHECK_IN'] as const;

export interface AgendaItemData {
  agendaItemId: string;
  kind: (typeof AGENDA_ITEM_KINDS)[number];
  title: string;
  abstract: string | null;
  startsAt: string;
  endsAt: string;
  track: string | null;
  speakers: Array<{ name: string; title: string | null; organisation: string | null }>;
  /** NIST CSF 2.0 categories or subcategories (e.g. `ID.RA`, `GV.RM-01`). */
  frameworkRefs: string[];
}

/**
 * Session events carry the session's full current state (with its agenda), so a consumer can
 * project it from any one of them: notifications reminds participants 24 h before `startsAt`,
 * maturity relates the agenda's `frameworkRefs` to assessments. Sessions are TLP:GREEN.
 */
export interface SessionStateData {
  sessionId: string;
  sequence: number;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  mode: (typeof SESSION_MODES)[number];
  venue: string | null;
  joinUrl: string | null;
  capacity: number;
  seatsPerAgency: number | null;
  invitation: { tiers: string[]; sectors: string[]; agencyIds: string[] } | null;
  status: (typeof SESSION_STATUSES)[number];
  cancellationReason: string | null;
  agenda: AgendaItemData[];
  tlp: 'TLP:GREEN';
  version: number;
  occurredAt: string;
}

export interface SessionRescheduledData extends SessionStateData {
  previousStartsAt: string;
  previousEndsAt: string;
  /** Registrations (confirmed and waitlisted) kept across the move. */
  registrationsKept: number;
}

export interface SessionUpdatedData extends SessionStateData {
  changedFields: string[];
}

/**
 * A participant's place. Registration events name a person (e-mail for the reminder), so they
 * are TLP:AMBER+STRICT for the registering agency (`agencyId`).
 */
export interface RegistrationData {
  registrationId: string;
  sessionId: string;
  agencyId: string;
  sub: string | null;
  name: string;
  email: string;
  status: (typeof REGISTRATION_STATUSES)[number];
  sessionSequence: number;
  sessionTitle: string;
  sessionStartsAt: string;
  sessionEndsAt: string;
  sessionTimezone: string;
  tlp: 'TLP:AMBER+STRICT';
  occurredAt: string;
}

export interface RegistrationCancelledData extends RegistrationData {
  /** The place it held: a CONFIRMED one freed a seat (and may have promoted someone). */
  previousStatus: 'CONFIRMED' | 'WAITLISTED';
}

/** Who attended: registration ids and agencies, no names (TLP:GREEN). */
export interface AttendanceRecordedData {
  sessionId: string;
  source: (typeof ATTENDANCE_SOURCES)[number];
  /** The registrations this recording marked as attended. */
  registrationIds: string[];
  /** Their agencies. */
  agencyIds: string[];
  /** Every agency with at least one attendee so far (the maturity service's "attended"). */
  attendingAgencyIds: string[];
  attendedCount: number;
  tlp: 'TLP:GREEN';
  occurredAt: string;
}

/** A session material under its own marking; a TLP:RED one carries ids only (title and url null). */
export interface MaterialPublishedData {
  materialId: string;
  sessionId: string;
  title: string | null;
  url: string | null;
  agendaItemId: string | null;
  tlp: string;
  ownerAgencyId: string | null;
  /** TLP:AMBER: the agencies with a confirmed place when it was published. */
  sharedWithAgencyIds: string[];
  publishedAt: string;
}

/** A rating, without the comment or the person (TLP:GREEN). */
export interface FeedbackSubmittedData {
  feedbackId: string;
  sessionId: string;
  rating: number;
  hasComment: boolean;
  tlp: 'TLP:GREEN';
  submittedAt: string;
}

/** A certificate of attendance was issued: it names the participant (TLP:AMBER+STRICT, like registrations). */
export interface CertificateIssuedData {
  certificateId: string;
  registrationId: string;
  sessionId: string;
  agencyId: string;
  sub: string | null;
  name: string;
  email: string;
  sessionSequence: number;
  sessionTitle: string;
  sessionStartsAt: string;
  sessionEndsAt: string;
  sessionTimezone: string;
  tlp: 'TLP:AMBER+STRICT';
  issuedAt: string;
}

const strings: JsonSchema = { type: 'array', items: { type: 'string' } };
const uuids: JsonSchema = { type: 'array', items: uuid };
const nullableUuid: JsonSchema = { type: ['string', 'null'], format: 'uuid' };

const agendaItem = objectSchema(
  {
    agendaItemId: uuid,
    kind: { type: 'string', enum: AGENDA_ITEM_KINDS },
    title: { type: 'string', minLength: 1 },
    abstract: nullableString,
    startsAt: timestamp,
    endsAt: timestamp,
    track: nullableString,
    speakers: {
      type: 'array',
      items: objectSchema({ name: { type: 'string' }, title: nullableString, organisation: nullableString }, [
        'name',
      ]),
    },
    frameworkRefs: strings,
  },
  ['agendaItemId', 'kind', 'title', 'startsAt', 'endsAt', 'speakers', 'frameworkRefs'],
);

const sessionStateProperties: Record<string, JsonSchema> = {
  sessionId: uuid,
  sequence: { type: 'integer', minimum: 1 },
  title: { type: 'string', minLength: 1 },
  description: { type: 'string' },
  startsAt: timestamp,
  endsAt: timestamp,
  timezone: { type: 'string', description: 'IANA time zone for display, e.g. Asia/Karachi' },
  mode: { type: 'string', enum: SESSION_MODES },
  venue: nullableString,
  joinUrl: nullableString,
  capacity: { type: 'integer', minimum: 1 },
  seatsPerAgency: { type: ['integer', 'null'] },
  invitation: {
    type: ['object', 'null'],
    properties: { tiers: strings, sectors: strings, agencyIds: uuids },
  },
  status: { type: 'string', enum: SESSION_STATUSES },
  cancellationReason: nullableString,
  agenda: { type: 'array', items: agendaItem },
  tlp,
  version,
  occurredAt: timestamp,
};
const SESSION_REQUIRED = [
  'sessionId',
  'sequence',
  'title',
  'startsAt',
  'endsAt',
  'timezone',
  'mode',
  'capacity',
  'status',
  'agenda',
  'tlp',
  'version',
  'occurredAt',
];

const sessionEvent = (fact: string, description: string, extra: Record<string, JsonSchema> = {}) =>
  defineIntegrationEvent({
    type: `csg.sessions.session.${fact}.v1`,
    topic: serviceTopic('sessions'),
    egress: egress.cleared(
      'Everyone cleared for TLP:GREEN: sessions are the programme every member sees (ADR 35).',
    ),
    description,
    partitionKey: 'sessionId',
    marked: true,
    schema: objectSchema({ ...sessionStateProperties, ...extra }, [
      ...SESSION_REQUIRED,
      ...Object.keys(extra),
    ]),
  });

export const SessionScheduled = sessionEvent(
  'scheduled',
  'A session was scheduled: its times (UTC, with the display time zone), place, seats and agenda with frameworkRefs.',
);
export const SessionRescheduled = sessionEvent(
  'rescheduled',
  'A scheduled session moved; its registrations are kept and its agenda moved with it.',
  {
    previousStartsAt: timestamp,
    previousEndsAt: timestamp,
    registrationsKept: { type: 'integer', minimum: 0 },
  },
);
export const SessionUpdated = sessionEvent(
  'updated',
  "A scheduled session's details other than its times changed (title, place, seats, invitation).",
  { changedFields: strings },
);
export const SessionAgendaChanged = sessionEvent(
  'agenda-changed',
  "A scheduled session's agenda changed (an item added, changed or removed).",
);
export const SessionCancelled = sessionEvent(
  'cancelled',
  'A session was cancelled, with the reason (cancellationReason).',
);
export const SessionCompleted = sessionEvent(
  'completed',
  'A session took place and was closed by an organiser.',
);

const registrationProperties: Record<string, JsonSchema> = {
  registrationId: uuid,
  sessionId: uuid,
  agencyId: uuid,
  sub: nullableString,
  name: { type: 'string', minLength: 1 },
  email: { type: 'string' },
  status: { type: 'string', enum: REGISTRATION_STATUSES },
  sessionSequence: { type: 'integer', minimum: 1 },
  sessionTitle: { type: 'string' },
  sessionStartsAt: timestamp,
  sessionEndsAt: timestamp,
  sessionTimezone: { type: 'string' },
  tlp,
  occurredAt: timestamp,
};
const REGISTRATION_REQUIRED = [
  'registrationId',
  'sessionId',
  'agencyId',
  'name',
  'email',
  'status',
  'sessionStartsAt',
  'tlp',
  'occurredAt',
];

/** Keyed by session, so a session's registrations, promotions and cancellations stay in order. */
const registrationEvent = (fact: string, description: string, extra: Record<string, JsonSchema> = {}) =>
  defineIntegrationEvent({
    type: `csg.sessions.registration.${fact}.v1`,
    topic: serviceTopic('sessions'),
    egress: egress.owner(
      'agencyId',
      "The registering agency's clients with every field; the platform's clients without the participant's sub, name and e-mail.",
      { personalFields: ['sub', 'name', 'email'] },
    ),
    description,
    partitionKey: 'sessionId',
    marked: true,
    schema: objectSchema({ ...registrationProperties, ...extra }, [
      ...REGISTRATION_REQUIRED,
      ...Object.keys(extra),
    ]),
  });

export const RegistrationConfirmed = registrationEvent(
  'confirmed',
  'A participant got a seat (registered while seats remained overall and for their agency).',
);
export const RegistrationWaitlisted = registrationEvent(
  'waitlisted',
  'A participant was put on the waitlist (no seat left overall or for their agency).',
);
export const RegistrationPromoted = registrationEvent(
  'promoted',
  'A waitlisted participant got a freed seat (the oldest on the waitlist who fits their agency share).',
);
export const RegistrationCancelled = registrationEvent('cancelled', 'A participant gave their place back.', {
  previousStatus: { type: 'string', enum: ['CONFIRMED', 'WAITLISTED'] },
});

export const AttendanceRecorded = defineIntegrationEvent({
  type: 'csg.sessions.attendance.recorded.v1',
  egress: egress.platform("The platform's clients only: attendance is the organisers' (ADR 35)."),
  topic: serviceTopic('sessions'),
  description:
    'Participants were recorded as attending (in bulk by an organiser or by their check-in code); names which agencies attended.',
  partitionKey: 'sessionId',
  marked: true,
  schema: objectSchema(
    {
      sessionId: uuid,
      source: { type: 'string', enum: ATTENDANCE_SOURCES },
      registrationIds: uuids,
      agencyIds: uuids,
      attendingAgencyIds: uuids,
      attendedCount: { type: 'integer', minimum: 0 },
      tlp,
      occurredAt: timestamp,
    },
    [
      'sessionId',
      'source',
      'registrationIds',
      'agencyIds',
      'attendingAgencyIds',
      'attendedCount',
      'tlp',
      'occurredAt',
    ],
  ),
});

export const MaterialPublished = defineIntegrationEvent({
  type: 'csg.sessions.material.published.v1',
  egress: egress.readers(
    { kind: 'material', idField: 'materialId' },
    'Whoever may read the material by its marking (AMBER: its agency and the agencies with a confirmed place then).',
  ),
  topic: serviceTopic('sessions'),
  description: 'A session material was published under a TLP marking (TLP:RED: ids only, no title or url).',
  partitionKey: 'sessionId',
  marked: true,
  schema: objectSchema(
    {
      materialId: uuid,
      sessionId: uuid,
      title: nullableString,
      url: nullableString,
      agendaItemId: nullableUuid,
      tlp,
      ownerAgencyId: nullableUuid,
      sharedWithAgencyIds: uuids,
      publishedAt: timestamp,
    },
    ['materialId', 'sessionId', 'tlp', 'sharedWithAgencyIds', 'publishedAt'],
  ),
});

export const FeedbackSubmitted = defineIntegrationEvent({
  type: 'csg.sessions.feedback.submitted.v1',
  egress: egress.platform("The platform's clients only: feedback is the organisers' (ADR 35)."),
  topic: serviceTopic('sessions'),
  description: 'An attendee rated a completed session (the rating only; no comment, no person).',
  partitionKey: 'sessionId',
  marked: true,
  schema: objectSchema(
    {
      feedbackId: uuid,
      sessionId: uuid,
      rating: { type: 'integer', minimum: 1, maximum: 5 },
      hasComment: { type: 'boolean' },
      tlp,
      submittedAt: timestamp,
    },
    ['feedbackId', 'sessionId', 'rating', 'hasComment', 'tlp', 'submittedAt'],
  ),
});

export const CertificateIssued = defineIntegrationEvent({
  type: 'csg.sessions.certificate.issued.v1',
  egress: egress.owner(
    'agencyId',
    "The participant's agency's clients with every field; the platform's clients without the participant's sub, name and e-mail. Never the verification code.",
    { personalFields: ['sub', 'name', 'email'] },
  ),
  topic: serviceTopic('sessions'),
  description:
    'A participant whose attendance was recorded got a certificate of attendance for a completed session (no verification code: the certificate itself is read through the API).',
  partitionKey: 'sessionId',
  marked: true,
  schema: objectSchema(
    {
      certificateId: uuid,
      registrationId: uuid,
      sessionId: uuid,
      agencyId: uuid,
      sub: nullableString,
      name: { type: 'string', minLength: 1 },
      email: { type: 'string' },
      sessionSequence: { type: 'integer', minimum: 1 },
      sessionTitle: { type: 'string' },
      sessionStartsAt: timestamp,
      sessionEndsAt: timestamp,
      sessionTimezone: { type: 'string' },
      tlp,
      issuedAt: timestamp,
    },
    [
      'certificateId',
      'registrationId',
      'sessionId',
      'agencyId',
      'sub',
      'name',
      'email',
      'sessionSequence',
      'sessionTitle',
      'sessionStartsAt',
      'sessionEndsAt',
      'sessionTimezone',
      'tlp',
      'issuedAt',
    ],
  ),
});

export const SESSIONS_EVENTS = [
  SessionScheduled,
  SessionRescheduled,
  SessionUpdated,
  SessionAgendaChanged,
  SessionCancelled,
  SessionCompleted,
  RegistrationConfirmed,
  RegistrationWaitlisted,
  RegistrationPromoted,
  RegistrationCancelled,
  AttendanceRecorded,
  MaterialPublished,
  FeedbackSubmitted,
  CertificateIssued,
];
