import { randomUUID } from 'node:crypto';
import { personPrincipal } from '@csg/auth';
import { inMemorySessions } from '../../../../test/in-memory-sessions.fixture';
import { Session } from '../../../sessions/domain/session.aggregate';
import { SessionRuleViolation } from '../../../sessions/domain/session.errors';
import { checkInCodeFor } from '../../domain/check-in-code.value-object';
import { CheckInCommand } from '../check-in/check-in.command';
import { CheckInHandler } from '../check-in/check-in.handler';
import { RegisterParticipantsCommand } from '../register-participants/register-participants.command';
import { RegisterParticipantsHandler } from '../register-participants/register-participants.handler';
import { RecordAttendanceCommand } from './record-attendance.command';
import { RecordAttendanceHandler } from './record-attendance.handler';

const SECRET = 'test-secret';
const AGENCY_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const AGENCY_B = 'bbbbbbbb-0000-4000-8000-000000000002';
const HOUR = 3_600_000;
const organiser = personPrincipal({ sub: 'organiser-1', platformRoles: ['organiser'] }, []);
const guest = (name: string) => ({ sub: null, name, email: `${name.toLowerCase()}@example.gov.pk` });
const codeOf = (error: unknown) => (error instanceof SessionRuleViolation ? error.code : String(error));

/** A scheduled session a day ahead (by the test's clock) with A1, A2 of agency A and B1 of agency B confirmed. */
async function setUp() {
  const ports = inMemorySessions();
  for (const id of [AGENCY_A, AGENCY_B]) {
    ports.directory.agencies.set(id, { id, tier: 'FEDERAL', sector: 'EDUCATION', status: 'ACTIVE' });
  }
  const startsAt = new Date(ports.clock.now().getTime() + 24 * HOUR);
  const session = Session.plan(
    randomUUID(),
    {
      sequence: 9,
      title: 'Session 9',
      description: '',
      startsAt,
      endsAt: new Date(startsAt.getTime() + HOUR),
      timezone: 'Asia/Karachi',
      mode: 'ONLINE',
      joinUrl: 'https://meet.example.gov/9',
      capacity: 10,
    },
    ports.clock.now(),
  );
  session.schedule(ports.clock.now());
  await ports.unitOfWork.run(() => ports.sessions.insert(session));
  const { unitOfWork, sessions, registrations, directory, clock } = ports;
  const register = new RegisterParticipantsHandler(
    unitOfWork,
    sessions,
    registrations,
    directory,
    SECRET,
    clock,
  );
  const ids = async (agencyId: string, names: string[]) =>
    (
      await register.execute(
        new RegisterParticipantsCommand(session.id, agencyId, names.map(guest), organiser),
      )
    ).body.items.map((r) => r.id);
  const [a1, a2] = await ids(AGENCY_A, ['A1', 'A2']);
  const [b1] = await ids(AGENCY_B, ['B1']);
  const before = unitOfWork.published.length;
  return {
    ...ports,
    session,
    startsAt,
    a1,
    a2,
    b1,
    record: new RecordAttendanceHandler(unitOfWork, sessions, registrations, clock, ports.certifier),
    checkIn: new CheckInHandler(unitOfWork, sessions, registrations, SECRET, clock),
    publishedSince: () => unitOfWork.published.slice(before),
  };
}

describe('RecordAttendanceHandler and CheckInHandler (in-memory ports)', () => {
  it('RecordAttendance_BeforeTheDoorOpens_IsRefusedAndPublishesNothing', async () => {
    const t = await setUp();
    const early = await t.record
      .execute(new RecordAttendanceCommand(t.session.id, [t.a1]))
      .catch((e: unknown) => e);
    expect(codeOf(early)).toBe('ATTENDANCE.NOT_OPEN');
    expect(t.publishedSince()).toEqual([]);
  });

  it('RecordThenCheckIn_OnceTheDoorIsOpen_PublishesOneAttendanceRecordedPerRecordingWithTheTotalsSoFar', async () => {
    const t = await setUp();
    t.clock.set(new Date(t.startsAt.getTime() - HOUR));
    const bulkAt = t.clock.now();
    expect(await t.record.execute(new RecordAttendanceCommand(t.session.id, [t.a1, t.a2]))).toEqual({
      recorded: 2,
      alreadyRecorded: 0,
      attendedCount: 2,
    });
    t.clock.advance(60_000);
    const view = await t.checkIn.execute(
      new CheckInCommand(t.session.id, checkInCodeFor(SECRET, t.b1), organiser),
    );
    expect(view).toMatchObject({ id: t.b1, attendedAt: t.clock.now().toISOString() });
    expect(t.publishedSince()).toEqual([
      {
        type: 'csg.sessions.attendance.recorded.v1',
        key: t.session.id,
        data: {
          sessionId: t.session.id,
          source: 'BULK',
          registrationIds: [t.a1, t.a2],
          agencyIds: [AGENCY_A],
          attendingAgencyIds: [AGENCY_A],
          attendedCount: 2,
          tlp: 'TLP:GREEN',
          occurredAt: bulkAt.toISOString(),
        },
      },
      {
        type: 'csg.sessions.attendance.recorded.v1',
        key: t.session.id,
        data: {
          sessionId: t.session.id,
          source: 'CHECK_IN',
          registrationIds: [t.b1],
          agencyIds: [AGENCY_B],
          attendingAgencyIds: [AGENCY_A, AGENCY_B],
          attendedCount: 3,
          tlp: 'TLP:GREEN',
          occurredAt: t.clock.now().toISOString(),
        },
      },
    ]);
  });

  it('RecordAgain_ForThoseWhoAttended_ChangesNothingAndPublishesNothing_ACodeWorksOnce', async () => {
    const t = await setUp();
    t.clock.set(new Date(t.startsAt.getTime() - HOUR));
    await t.record.execute(new RecordAttendanceCommand(t.session.id, [t.a1]));
    await t.checkIn.execute(new CheckInCommand(t.session.id, checkInCodeFor(SECRET, t.b1), organiser));
    const published = t.publishedSince().length;
    expect(await t.record.execute(new RecordAttendanceCommand(t.session.id, [t.a1]))).toEqual({
      recorded: 0,
      alreadyRecorded: 1,
      attendedCount: 2,
    });
    const again = await t.checkIn
      .execute(new CheckInCommand(t.session.id, checkInCodeFor(SECRET, t.b1), organiser))
      .catch((e: unknown) => e);
    expect(codeOf(again)).toBe('CHECK_IN.ALREADY_USED');
    expect(t.publishedSince()).toHaveLength(published);
  });
});
