import { EventRegistry, EventSchemaViolationError } from '../event-registry';
import {
  AttendanceRecorded,
  MaterialPublished,
  RegistrationConfirmed,
  SESSIONS_EVENTS,
  SessionRescheduled,
  SessionScheduled,
} from './sessions.events';

const SESSION = '0b7c1a52-1f0e-4f0e-9b7e-2a1d3c4b5a69';
const AGENCY = '4f5e6d7c-8b9a-4a1b-8c2d-3e4f5a6b7c8d';
const REGISTRATION = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const ITEM = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const scheduled = {
  sessionId: SESSION,
  sequence: 8,
  title: 'CyberSecureGov session 8',
  description: 'Risk identification and roadmaps',
  startsAt: '2026-12-10T05:00:00.000Z',
  endsAt: '2026-12-10T10:00:00.000Z',
  timezone: 'Asia/Karachi',
  mode: 'IN_PERSON',
  venue: 'NCERT, Islamabad',
  joinUrl: null,
  capacity: 50,
  seatsPerAgency: 5,
  invitation: null,
  status: 'SCHEDULED',
  cancellationReason: null,
  agenda: [
    {
      agendaItemId: ITEM,
      kind: 'KEYNOTE',
      title: 'Identifying cyber risk',
      abstract: null,
      startsAt: '2026-12-10T05:00:00.000Z',
      endsAt: '2026-12-10T06:00:00.000Z',
      track: null,
      speakers: [{ name: 'Director of Governance, Risk & Compliance', title: null, organisation: 'NCERT' }],
      frameworkRefs: ['ID.RA', 'GV.RM-01'],
    },
  ],
  tlp: 'TLP:GREEN',
  version: 3,
  occurredAt: '2026-12-01T07:00:00.000Z',
};

describe('sessions event catalogue', () => {
  const registry = new EventRegistry(SESSIONS_EVENTS);

  it('names every sessions event csg.sessions.<aggregate>.<fact>.v1, marked and keyed by session', () => {
    expect(SESSIONS_EVENTS.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'csg.sessions.session.scheduled.v1',
        'csg.sessions.session.rescheduled.v1',
        'csg.sessions.session.cancelled.v1',
        'csg.sessions.session.completed.v1',
        'csg.sessions.registration.confirmed.v1',
        'csg.sessions.registration.waitlisted.v1',
        'csg.sessions.registration.promoted.v1',
        'csg.sessions.registration.cancelled.v1',
        'csg.sessions.attendance.recorded.v1',
        'csg.sessions.material.published.v1',
        'csg.sessions.feedback.submitted.v1',
      ]),
    );
    for (const event of SESSIONS_EVENTS) {
      expect(event).toMatchObject({ topic: 'csg.sessions', partitionKey: 'sessionId', marked: true });
      expect(event.schema.required).toContain('tlp');
    }
  });

  it('accepts a scheduled session with its agenda and frameworkRefs, and a reschedule with its previous times', () => {
    expect(() => registry.validate({ type: SessionScheduled.type, data: scheduled })).not.toThrow();
    expect(() =>
      registry.validate({
        type: SessionRescheduled.type,
        data: {
          ...scheduled,
          previousStartsAt: '2026-12-09T05:00:00.000Z',
          previousEndsAt: '2026-12-09T10:00:00.000Z',
          registrationsKept: 42,
        },
      }),
    ).not.toThrow();
  });

  it('refuses a reschedule without its previous times', () => {
    expect(() => registry.validate({ type: SessionRescheduled.type, data: scheduled })).toThrow(
      EventSchemaViolationError,
    );
  });

  it('carries the participant and the session start on registration events, for the 24 h reminder', () => {
    const data = {
      registrationId: REGISTRATION,
      sessionId: SESSION,
      agencyId: AGENCY,
      sub: null,
      name: 'Ayesha Khan',
      email: 'ayesha@hec.gov.pk',
      status: 'CONFIRMED',
      sessionSequence: 8,
      sessionTitle: 'CyberSecureGov session 8',
      sessionStartsAt: '2026-12-10T05:00:00.000Z',
      sessionEndsAt: '2026-12-10T10:00:00.000Z',
      sessionTimezone: 'Asia/Karachi',
      tlp: 'TLP:AMBER+STRICT',
      occurredAt: '2026-12-01T07:00:00.000Z',
    };
    expect(() => registry.validate({ type: RegistrationConfirmed.type, data })).not.toThrow();
    const { sessionStartsAt: _, ...withoutStart } = data;
    expect(() => registry.validate({ type: RegistrationConfirmed.type, data: withoutStart })).toThrow(
      EventSchemaViolationError,
    );
  });

  it('names the attending agencies on attendance, and lets a TLP:RED material carry ids only', () => {
    expect(() =>
      registry.validate({
        type: AttendanceRecorded.type,
        data: {
          sessionId: SESSION,
          source: 'CHECK_IN',
          registrationIds: [REGISTRATION],
          agencyIds: [AGENCY],
          attendingAgencyIds: [AGENCY],
          attendedCount: 1,
          tlp: 'TLP:GREEN',
          occurredAt: '2026-12-10T05:10:00.000Z',
        },
      }),
    ).not.toThrow();
    expect(() =>
      registry.validate({
        type: MaterialPublished.type,
        data: {
          materialId: ITEM,
          sessionId: SESSION,
          title: null,
          url: null,
          agendaItemId: null,
          tlp: 'TLP:RED',
          ownerAgencyId: null,
          sharedWithAgencyIds: [],
          publishedAt: '2026-12-10T05:10:00.000Z',
        },
      }),
    ).not.toThrow();
  });
});
