import { Session } from '../domain/session.aggregate';
import { sessionEvents } from './session-events.mapper';

const NOW = new Date('2026-12-01T08:00:00Z');
const at = (hhmm: string) => new Date(`2026-12-10T${hhmm}:00Z`);

function draft() {
  return Session.plan(
    '7f3c2d1e-0000-4000-8000-000000000008',
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

describe('session events', () => {
  it('sessionEvents_OfADraft_AreNone', () => {
    const session = draft();
    session.addAgendaItem('k', keynote, NOW);
    expect(sessionEvents(session.snapshot(), session.pullFacts(), { registrationsKept: 0 })).toEqual([]);
  });

  it('sessionEvents_OfScheduling_CarryTheAgendaWithFrameworkRefsAndTheGreenMarking', () => {
    const session = draft();
    session.addAgendaItem('a1b2c3d4-0000-4000-8000-000000000001', keynote, NOW);
    session.schedule(NOW);
    const [event] = sessionEvents(session.snapshot(), session.pullFacts(), { registrationsKept: 0 });
    expect(event.definition.type).toBe('csg.sessions.session.scheduled.v1');
    expect(event.data).toMatchObject({
      status: 'SCHEDULED',
      tlp: 'TLP:GREEN',
      startsAt: '2026-12-10T05:00:00.000Z',
      agenda: [{ agendaItemId: 'a1b2c3d4-0000-4000-8000-000000000001', frameworkRefs: ['ID.RA'] }],
    });
  });

  it('sessionEvents_OfSeveralAgendaChangesInOneTransaction_AreOneEvent', () => {
    const session = draft();
    session.schedule(NOW);
    session.pullFacts();
    session.addAgendaItem('k', keynote, NOW);
    session.changeAgendaItem('k', { title: 'Renamed' }, NOW);
    const events = sessionEvents(session.snapshot(), session.pullFacts(), { registrationsKept: 0 });
    expect(events.map((e) => e.definition.type)).toEqual(['csg.sessions.session.agenda-changed.v1']);
  });

  it('sessionEvents_OfARescheduling_SayWhatMovedAndHowManyPlacesWereKept', () => {
    const session = draft();
    session.schedule(NOW);
    session.pullFacts();
    session.update(
      { startsAt: at('06:00'), endsAt: at('11:00') },
      { confirmed: 0, mostForOneAgency: 0 },
      NOW,
    );
    const [event] = sessionEvents(session.snapshot(), session.pullFacts(), { registrationsKept: 42 });
    expect(event.definition.type).toBe('csg.sessions.session.rescheduled.v1');
    expect(event.data).toMatchObject({
      previousStartsAt: '2026-12-10T05:00:00.000Z',
      startsAt: '2026-12-10T06:00:00.000Z',
      registrationsKept: 42,
    });
  });
});
