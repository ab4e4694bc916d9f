import {
  AttendanceRecorded as AttendanceRecordedV1,
  CertificateIssued as CertificateIssuedV1,
  FeedbackSubmitted as FeedbackSubmittedV1,
  MaterialPublished as MaterialPublishedV1,
  RegistrationCancelled as RegistrationCancelledV1,
  RegistrationConfirmed as RegistrationConfirmedV1,
  RegistrationPromoted as RegistrationPromotedV1,
  RegistrationWaitlisted as RegistrationWaitlistedV1,
  SessionAgendaChanged as SessionAgendaChangedV1,
  SessionCancelled as SessionCancelledV1,
  SessionCompleted as SessionCompletedV1,
  SessionRescheduled as SessionRescheduledV1,
  SessionScheduled as SessionScheduledV1,
  SessionUpdated as SessionUpdatedV1,
  type FeedbackSubmittedData,
  type MaterialPublishedData,
} from '@csg/contracts';
import { outboxMapping } from '@csg/messaging';
import { CertificateIssued, CertificateRevoked } from './certificates/domain/certificate.events';
import { certificateIssuedData } from './certificates/infrastructure/certificate-events.mapper';
import { FeedbackSubmitted } from './feedback/domain/feedback.aggregate';
import { MaterialPublished } from './materials/domain/material.aggregate';
import { attendanceRecordedData } from './registrations/infrastructure/attendance-events.mapper';
import {
  AttendanceRecorded,
  RegistrationAttended,
  RegistrationCancelled,
  RegistrationConfirmed,
  RegistrationPromoted,
  RegistrationWaitlisted,
} from './registrations/domain/registration.events';
import { registrationData } from './registrations/infrastructure/registration-events.mapper';
import {
  DraftSessionChanged,
  SessionAgendaChanged,
  SessionCancelled,
  SessionCompleted,
  SessionRescheduled,
  SessionScheduled,
  SessionUpdated,
} from './sessions/domain/session.events';
import { sessionStateData } from './sessions/infrastructure/session-events.mapper';

/**
 * What the sessions service publishes for each fact its aggregates record (ADR 14). Session
 * events carry the full session with its agenda; registration events the participant and the
 * session's start; a TLP:RED material's event ids only. Drafts and single attendances stay inside
 * (attendance is published per recording, with the attending agencies: AttendanceRecorded); a
 * revocation stays inside too (the public verification says it; ADR 80).
 */
export const SESSIONS_OUTBOX = outboxMapping()
  .on(SessionScheduled, SessionScheduledV1, (fact) => sessionStateData(fact.session))
  .on(SessionRescheduled, SessionRescheduledV1, (fact) => ({
    ...sessionStateData(fact.session),
    previousStartsAt: fact.previousStartsAt.toISOString(),
    previousEndsAt: fact.previousEndsAt.toISOString(),
    registrationsKept: fact.registrationsKept,
  }))
  .on(SessionUpdated, SessionUpdatedV1, (fact) => ({
    ...sessionStateData(fact.session),
    changedFields: fact.fields,
  }))
  .on(SessionAgendaChanged, SessionAgendaChangedV1, (fact) => sessionStateData(fact.session))
  .on(SessionCancelled, SessionCancelledV1, (fact) => sessionStateData(fact.session))
  .on(SessionCompleted, SessionCompletedV1, (fact) => sessionStateData(fact.session))
  .internal(DraftSessionChanged)
  .on(RegistrationConfirmed, RegistrationConfirmedV1, (fact) =>
    registrationData(fact.registration, fact.session),
  )
  .on(RegistrationWaitlisted, RegistrationWaitlistedV1, (fact) =>
    registrationData(fact.registration, fact.session),
  )
  .on(RegistrationPromoted, RegistrationPromotedV1, (fact) =>
    registrationData(fact.registration, fact.session),
  )
  .on(RegistrationCancelled, RegistrationCancelledV1, (fact) => ({
    ...registrationData(fact.registration, fact.session),
    previousStatus: fact.previousStatus,
  }))
  .internal(RegistrationAttended)
  .on(AttendanceRecorded, AttendanceRecordedV1, attendanceRecordedData)
  .on(MaterialPublished, MaterialPublishedV1, (fact): MaterialPublishedData => {
    const m = fact.material;
    const red = m.tlp === 'TLP:RED';
    return {
      materialId: m.id,
      sessionId: m.sessionId,
      title: red ? null : m.title,
      url: red ? null : m.url,
      agendaItemId: m.agendaItemId,
      tlp: m.tlp,
      ownerAgencyId: m.ownerAgencyId,
      sharedWithAgencyIds: fact.sharedWithAgencyIds,
      publishedAt: m.publishedAt.toISOString(),
    };
  })
  .on(FeedbackSubmitted, FeedbackSubmittedV1, (fact): FeedbackSubmittedData => ({
    feedbackId: fact.feedback.id,
    sessionId: fact.feedback.sessionId,
    rating: fact.feedback.rating,
    hasComment: fact.feedback.comment !== null,
    tlp: 'TLP:GREEN',
    submittedAt: fact.feedback.submittedAt.toISOString(),
  }))
  .on(CertificateIssued, CertificateIssuedV1, certificateIssuedData)
  .internal(CertificateRevoked);
