import { createPlatformEventRegistry } from '@csg/contracts';
import { Feedback } from './feedback/domain/feedback.aggregate';
import { Material } from './materials/domain/material.aggregate';
import { Registration } from './registrations/domain/registration.aggregate';
import { SESSIONS_OUTBOX } from './sessions.outbox';
import { Session } from './sessions/domain/session.aggregate';

const NOW = new Date('2026-12-01T08:00:00Z');
const at = (hhmm: string) => new Date(`2026-12-10T${hhmm}:00Z`);
const SESSION_ID = '7f3c2d1e-0000-4000-8000-000000000008';
const registry = createPlatformEventRegistry();

/** What the unit of work would write for the facts an aggregate recorded (validated against the schemas). */
function published(aggregate: { pullRecordedEvents(): object[] }) {
  return aggregate.pullRecordedEvents().flatMap((fact) => {
    const pending = SESSIONS_OUTBOX.toPending(fact);
    if (!pending) return [];
    registry.validate({ type: pending.definition.type, data: pending.data });
    return [{ type: pending.definition.type, data: pending.data as Record<string, any> }];
  });
}

function draft() {
  return Session.plan(
    SESSION_ID,
    {
      sequence: 8,
      title: 'Session 8',
      description: '',
      startsAt: at('05:00'),
      endsAt: at('10:00'),
      timezone: 'Asia/Karachi',
      mode: 'ONLINE',
      joinUrl: 'https://meet.example.gov/8',
      capacity: 50,
    },
    NOW,
  );
}
const keynote = {
  kind: 'KEYNOTE' as const,
  title: 'Identifying cyber risk',
  startsAt: at('05:00'),
  endsAt: at('06:00'),
  speakers: [],
  frameworkRefs: ['ID.RA'],
};
const seats = { confirmed: 0, mostForOneAgency: 0, held: 42 };

describe('the sessions outbox mapping', () => {
  it('publishes nothing for a draft', () => {
    const session = draft();
    session.addAgendaItem('a1b2c3d4-0000-4000-8000-000000000001', keynote, NOW);
    session.update({ title: 'Session 8: risk' }, seats, NOW);
    expect(published(session)).toEqual([]);
  });

  it('publishes the scheduled session with its agenda, frameworkRefs and the green marking', () => {
    const session = draft();
    session.addAgendaItem('a1b2c3d4-0000-4000-8000-000000000001', keynote, NOW);
    session.schedule(NOW);
    const [event] = published(session);
    expect(event.type).toBe('csg.sessions.session.scheduled.v1');
    expect(event.data).toMatchObject({
      sessionId: SESSION_ID,
      status: 'SCHEDULED',
      tlp: 'TLP:GREEN',
      startsAt: '2026-12-10T05:00:00.000Z',
      agenda: [{ agendaItemId: 'a1b2c3d4-0000-4000-8000-000000000001', frameworkRefs: ['ID.RA'] }],
    });
  });

  it('publishes a reschedule with the previous times and the places kept', () => {
    const session = draft();
    session.schedule(NOW);
    session.pullRecordedEvents();
    session.update({ startsAt: at('06:00'), endsAt: at('11:00') }, seats, NOW);
    expect(published(session)).toMatchObject([
      {
        type: 'csg.sessions.session.rescheduled.v1',
        data: {
          previousStartsAt: '2026-12-10T05:00:00.000Z',
          startsAt: '2026-12-10T06:00:00.000Z',
          registrationsKept: 42,
        },
      },
    ]);
  });

  it('publishes registrations with the participant and the session start, and keeps single attendances inside', () => {
    const session = draft();
    session.schedule(NOW);
    const r = Registration.enrol(
      {
        id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        sessionId: SESSION_ID,
        agencyId: '4f5e6d7c-8b9a-4a1b-8c2d-3e4f5a6b7c8d',
      },
      session.snapshot(),
      { sub: 'ayesha', name: 'Ayesha Khan', email: 'ayesha@hec.gov.pk' },
      'CONFIRMED',
      'admin-a',
      'hash',
      NOW,
    );
    r.recordAttendance('BULK', session.snapshot(), NOW);
    r.cancel(session.snapshot(), NOW);
    expect(published(r)).toMatchObject([
      {
        type: 'csg.sessions.registration.confirmed.v1',
        data: { sub: 'ayesha', sessionStartsAt: '2026-12-10T05:00:00.000Z', tlp: 'TLP:AMBER+STRICT' },
      },
      {
        type: 'csg.sessions.registration.cancelled.v1',
        data: { status: 'CANCELLED', previousStatus: 'CONFIRMED' },
      },
    ]);
  });

  it('publishes a TLP:RED material with ids only, and a rating without its comment', () => {
    const session = { status: 'SCHEDULED', hasAgendaItem: () => false };
    const red = Material.publish(
      {
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        sessionId: SESSION_ID,
        title: 'Incident walkthrough',
        url: 'https://files.example.gov/red.pdf',
        tlp: 'TLP:RED',
        ownerAgencyId: null,
        publishedBy: 'organiser-1',
      },
      session,
      [],
      NOW,
    );
    expect(published(red)).toMatchObject([{ data: { tlp: 'TLP:RED', title: null, url: null } }]);
    const feedback = Feedback.submit(
      '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182',
      { id: SESSION_ID, status: 'COMPLETED' },
      { sub: 'ayesha', attendedRegistrationId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
      5,
      'Useful',
      NOW,
    );
    const [event] = published(feedback);
    expect(event.data).toEqual({
      feedbackId: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182',
      sessionId: SESSION_ID,
      rating: 5,
      hasComment: true,
      tlp: 'TLP:GREEN',
      submittedAt: expect.any(String),
    });
  });
});
