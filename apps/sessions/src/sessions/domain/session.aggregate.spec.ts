import { violatedRule } from '@csg/domain';
import { Session, type SessionDetails } from './session.aggregate';
import { SessionRescheduled, SessionUpdated } from './session.events';

const NOW = new Date('2026-12-01T08:00:00Z');
const at = (iso: string) => new Date(`2026-12-10T${iso}:00Z`);
const details = (overrides: Partial<SessionDetails> = {}): SessionDetails => ({
  sequence: 8,
  title: ' CyberSecureGov session 8 ',
  description: 'Risk identification and strategic roadmaps',
  startsAt: at('05:00'),
  endsAt: at('10:00'),
  timezone: 'Asia/Karachi',
  mode: 'IN_PERSON',
  venue: 'NCERT auditorium, Islamabad',
  capacity: 50,
  ...overrides,
});
const seats = { confirmed: 0, mostForOneAgency: 0, held: 0 };
/** The names of the facts the session recorded since the last call. */
const factsOf = (session: Session) => session.pullRecordedEvents().map((fact) => fact.constructor.name);
const keynote = {
  kind: 'KEYNOTE' as const,
  title: 'Identifying cyber risk and aligning with national frameworks',
  startsAt: at('05:00'),
  endsAt: at('06:00'),
  speakers: [{ name: 'Director of Governance, Risk & Compliance', organisation: 'NCERT' }],
  frameworkRefs: ['ID.RA', 'GV.RM-01'],
};

const planned = (overrides: Partial<SessionDetails> = {}) => Session.plan('s-1', details(overrides), NOW);
const scheduled = () => {
  const session = planned();
  session.schedule(NOW);
  session.pullRecordedEvents();
  return session;
};

describe('Session', () => {
  describe('planning', () => {
    it('plan_WithValidDetails_IsADraftAtVersion1WithTrimmedText', () => {
      expect(planned().snapshot()).toMatchObject({
        status: 'DRAFT',
        version: 1,
        title: 'CyberSecureGov session 8',
        joinUrl: null,
        seatsPerAgency: null,
        invitation: null,
        agenda: [],
      });
    });

    it('plan_EndingBeforeItStarts_IsRefused', () => {
      expect(violatedRule(() => planned({ endsAt: at('04:00') }))).toBe('SESSION.INVALID_TIMES');
    });

    it.each(['GMT+5', 'Mars/Olympus', '../etc/passwd'])('plan_InTimeZone%s_IsRefused', (timezone) => {
      expect(violatedRule(() => planned({ timezone }))).toBe('SESSION.INVALID_TIMEZONE');
    });

    it.each([
      ['IN_PERSON', { venue: null }, 'SESSION.VENUE_REQUIRED'],
      ['ONLINE', { venue: null, joinUrl: null }, 'SESSION.JOIN_URL_REQUIRED'],
      ['HYBRID', { joinUrl: null }, 'SESSION.JOIN_URL_REQUIRED'],
      ['ONLINE', { joinUrl: 'https://meet.example.gov/8' }, 'SESSION.VENUE_NOT_USED'],
    ] as const)('plan_%sWithoutWhatTheModeNeeds_IsRefused (%j)', (mode, where, code) => {
      expect(violatedRule(() => planned({ mode, ...where }))).toBe(code);
    });

    it('plan_HybridWithVenueAndJoinUrl_IsAccepted', () => {
      expect(planned({ mode: 'HYBRID', joinUrl: 'https://meet.example.gov/8' }).status).toBe('DRAFT');
    });

    it('plan_WithMoreSeatsPerAgencyThanCapacity_IsRefused', () => {
      expect(violatedRule(() => planned({ capacity: 10, seatsPerAgency: 11 }))).toBe(
        'SESSION.INVALID_SEATS_PER_AGENCY',
      );
    });

    it('plan_WithAnEmptyInvitation_InvitesEveryone', () => {
      expect(planned({ invitation: { tiers: [], sectors: [] } }).snapshot().invitation).toBeNull();
    });
  });

  describe('lifecycle', () => {
    it('schedule_ADraftInTheFuture_IsScheduledAndRecordsIt', () => {
      const session = planned();
      session.schedule(NOW);
      expect(session.snapshot()).toMatchObject({ status: 'SCHEDULED', version: 2 });
      expect(factsOf(session)).toEqual(['SessionScheduled']);
    });

    it('schedule_ADraftThatAlreadyStarted_IsRefused', () => {
      expect(violatedRule(() => planned().schedule(at('06:00')))).toBe('SESSION.STARTS_IN_PAST');
    });

    it('schedule_Twice_IsRefused', () => {
      expect(violatedRule(() => scheduled().schedule(NOW))).toBe('SESSION.NOT_DRAFT');
    });

    it('complete_AScheduledSessionAfterItStarted_IsCompleted', () => {
      const session = scheduled();
      session.complete(at('10:30'));
      expect(session.status).toBe('COMPLETED');
      expect(factsOf(session)).toEqual(['SessionCompleted']);
    });

    it('complete_BeforeTheStart_IsRefused', () => {
      expect(violatedRule(() => scheduled().complete(NOW))).toBe('SESSION.NOT_STARTED');
    });

    it('complete_ADraft_IsRefused', () => {
      expect(violatedRule(() => planned().complete(at('11:00')))).toBe('SESSION.NOT_SCHEDULED');
    });

    it.each([
      ['draft', planned],
      ['scheduled', scheduled],
    ] as const)('cancel_A%sSession_IsCancelledWithItsReason', (_, make) => {
      const session = make();
      session.cancel(' venue unavailable ', NOW);
      expect(session.snapshot()).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: 'venue unavailable',
      });
      expect(factsOf(session)).toEqual(['SessionCancelled']);
    });

    it('cancel_ACompletedSession_IsRefused', () => {
      const session = scheduled();
      session.complete(at('11:00'));
      expect(violatedRule(() => session.cancel('late', at('11:00')))).toBe('SESSION.NOT_CANCELLABLE');
    });

    it('update_ACancelledSession_IsRefused', () => {
      const session = scheduled();
      session.cancel('x', NOW);
      expect(violatedRule(() => session.update({ title: 'New' }, seats, NOW))).toBe('SESSION.NOT_EDITABLE');
    });

    it('acceptsRegistrations_OnlyWhileScheduledAndBeforeTheStart', () => {
      expect(planned().acceptsRegistrations(NOW)).toBe(false);
      const session = scheduled();
      expect(session.acceptsRegistrations(NOW)).toBe(true);
      expect(session.acceptsRegistrations(at('05:00'))).toBe(false);
    });
  });

  describe('changes and rescheduling', () => {
    it('update_ADraft_BumpsTheVersionAndRecordsNothing', () => {
      const session = planned();
      expect(session.update({ title: 'Session 8: roadmaps' }, seats, NOW)).toBe(true);
      expect(session.snapshot()).toMatchObject({ title: 'Session 8: roadmaps', version: 2 });
      expect(factsOf(session)).toEqual(['DraftSessionChanged']);
    });

    it('update_WithNothingNew_KeepsTheVersion', () => {
      const session = planned();
      expect(session.update({ title: 'CyberSecureGov session 8', startsAt: at('05:00') }, seats, NOW)).toBe(
        false,
      );
      expect(session.snapshot().version).toBe(1);
    });

    it('update_TheTimesOfAScheduledSession_ReschedulesItAndMovesTheAgendaWithIt', () => {
      const session = scheduled();
      session.addAgendaItem('k', keynote, NOW);
      session.pullRecordedEvents();
      session.update({ startsAt: at('06:00'), endsAt: at('11:00') }, { ...seats, held: 7 }, NOW);
      const [fact] = session.pullRecordedEvents();
      expect(fact).toBeInstanceOf(SessionRescheduled);
      expect(fact).toMatchObject({
        previousStartsAt: at('05:00'),
        previousEndsAt: at('10:00'),
        registrationsKept: 7,
      });
      expect((fact as SessionRescheduled).session.startsAt).toEqual(at('06:00'));
      expect(session.snapshot().agenda[0]).toMatchObject({ startsAt: at('06:00'), endsAt: at('07:00') });
    });

    it('update_RescheduleThatCutsOffTheAgenda_IsRefused', () => {
      const session = scheduled();
      session.addAgendaItem('k', { ...keynote, startsAt: at('09:00'), endsAt: at('10:00') }, NOW);
      expect(violatedRule(() => session.update({ endsAt: at('09:30') }, seats, NOW))).toBe(
        'AGENDA.OUTSIDE_SESSION',
      );
    });

    it('update_RescheduleIntoThePast_IsRefused', () => {
      expect(violatedRule(() => scheduled().update({ startsAt: at('04:00') }, seats, at('04:30')))).toBe(
        'SESSION.STARTS_IN_PAST',
      );
    });

    it('update_OtherDetailsOfAScheduledSession_RecordsWhichFieldsChanged', () => {
      const session = scheduled();
      session.update({ venue: 'Room 2', capacity: 60 }, seats, NOW);
      const [fact] = session.pullRecordedEvents();
      expect(fact).toBeInstanceOf(SessionUpdated);
      expect((fact as SessionUpdated).fields).toEqual(['venue', 'capacity']);
    });

    it('update_CapacityBelowTheConfirmedSeats_IsRefused', () => {
      expect(
        violatedRule(() =>
          scheduled().update({ capacity: 9 }, { confirmed: 10, mostForOneAgency: 3, held: 12 }, NOW),
        ),
      ).toBe('SESSION.CAPACITY_BELOW_CONFIRMED');
      expect(
        violatedRule(() =>
          scheduled().update({ seatsPerAgency: 2 }, { confirmed: 10, mostForOneAgency: 3, held: 12 }, NOW),
        ),
      ).toBe('SESSION.CAPACITY_BELOW_CONFIRMED');
    });

    it('assertVersion_WithAStaleIfMatch_IsRefused', () => {
      expect(violatedRule(() => planned().assertVersion([2]))).toBe('SESSION.VERSION_MISMATCH');
      expect(violatedRule(() => planned().assertVersion(undefined))).toBeUndefined();
    });
  });

  describe('agenda', () => {
    it('addAgendaItem_WithinTheSession_IsKeptInTimeOrderAndRecordedOnceScheduled', () => {
      const session = scheduled();
      session.addAgendaItem(
        'w',
        { ...keynote, kind: 'WORKSHOP', title: 'Roadmaps', startsAt: at('07:00'), endsAt: at('08:00') },
        NOW,
      );
      session.addAgendaItem('k', keynote, NOW);
      expect(session.snapshot().agenda.map((i) => i.id)).toEqual(['k', 'w']);
      expect(session.snapshot().agenda[1]).toMatchObject({
        track: null,
        abstract: null,
        frameworkRefs: ['ID.RA', 'GV.RM-01'],
      });
      expect(factsOf(session)).toEqual(['SessionAgendaChanged', 'SessionAgendaChanged']);
    });

    it('addAgendaItem_OutsideTheSession_IsRefused', () => {
      expect(violatedRule(() => planned().addAgendaItem('x', { ...keynote, endsAt: at('10:30') }, NOW))).toBe(
        'AGENDA.OUTSIDE_SESSION',
      );
    });

    it('addAgendaItem_OverlappingAnItemInTheSameTrack_IsRefused', () => {
      const session = planned();
      session.addAgendaItem('k', keynote, NOW);
      expect(
        violatedRule(() =>
          session.addAgendaItem('p', { ...keynote, startsAt: at('05:30'), endsAt: at('06:30') }, NOW),
        ),
      ).toBe('AGENDA.OVERLAP');
    });

    it('addAgendaItem_OverlappingInAnotherTrack_OrTouchingInTheSameTrack_IsAccepted', () => {
      const session = planned();
      session.addAgendaItem('k', keynote, NOW);
      session.addAgendaItem('p', { ...keynote, track: 'B', startsAt: at('05:30'), endsAt: at('06:30') }, NOW);
      session.addAgendaItem('q', { ...keynote, startsAt: at('06:00'), endsAt: at('06:15') }, NOW);
      expect(session.snapshot().agenda).toHaveLength(3);
    });

    it('changeAgendaItem_IntoItsOwnOldSlot_IsNotAnOverlapWithItself', () => {
      const session = planned();
      session.addAgendaItem('k', keynote, NOW);
      const changed = session.changeAgendaItem('k', { endsAt: at('06:30') }, NOW);
      expect(changed.endsAt).toEqual(at('06:30'));
    });

    it('addAgendaItem_WithAnUnknownFrameworkRef_IsRefused', () => {
      expect(
        violatedRule(() =>
          planned().addAgendaItem('k', { ...keynote, frameworkRefs: ['ID.RA', 'XX.YY'] }, NOW),
        ),
      ).toBe('AGENDA.UNKNOWN_FRAMEWORK_REF');
    });

    it('removeAgendaItem_Unknown_IsNotFound', () => {
      expect(violatedRule(() => planned().removeAgendaItem('nope', NOW))).toBe('AGENDA.ITEM_NOT_FOUND');
    });
  });
});
