import { randomUUID } from 'node:crypto';
import { personPrincipal } from '@csg/auth';
import { inMemorySessions } from '../../../../test/in-memory-sessions.fixture';
import { RecordAttendanceCommand } from '../../../registrations/commands/record-attendance/record-attendance.command';
import { RecordAttendanceHandler } from '../../../registrations/commands/record-attendance/record-attendance.handler';
import { RegisterParticipantsCommand } from '../../../registrations/commands/register-participants/register-participants.command';
import { RegisterParticipantsHandler } from '../../../registrations/commands/register-participants/register-participants.handler';
import { CompleteSessionCommand } from '../../../sessions/commands/complete-session/complete-session.command';
import { CompleteSessionHandler } from '../../../sessions/commands/complete-session/complete-session.handler';
import { Session } from '../../../sessions/domain/session.aggregate';
import { RevokeCertificateCommand } from '../revoke-certificate/revoke-certificate.command';
import { RevokeCertificateHandler } from '../revoke-certificate/revoke-certificate.handler';

const AGENCY = 'aaaaaaaa-0000-4000-8000-000000000001';
const HOUR = 3_600_000;
const ISSUED = 'csg.sessions.certificate.issued.v1';
const organiser = personPrincipal({ sub: 'organiser-1', platformRoles: ['organiser'] }, []);

/** A scheduled session (by the test's clock, a day ahead) with three confirmed participants of one agency. */
async function setUp() {
  const ports = inMemorySessions();
  const { unitOfWork, sessions, registrations, directory, clock, certifier } = ports;
  directory.agencies.set(AGENCY, { id: AGENCY, tier: 'FEDERAL', sector: 'EDUCATION', status: 'ACTIVE' });
  directory.members.add(`${AGENCY}:member-a`);
  const startsAt = new Date(clock.now().getTime() + 24 * HOUR);
  const session = Session.plan(
    randomUUID(),
    {
      sequence: 8,
      title: 'Identifying cyber risk',
      description: '',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 5 * HOUR),
      timezone: 'Asia/Karachi',
      mode: 'IN_PERSON',
      venue: 'National CERT, Islamabad',
      capacity: 10,
    },
    clock.now(),
  );
  session.schedule(clock.now());
  await unitOfWork.run(() => sessions.insert(session));
  const register = new RegisterParticipantsHandler(
    unitOfWork,
    sessions,
    registrations,
    directory,
    'secret',
    clock,
  );
  const people = [
    { sub: 'member-a', name: 'Ayesha Khan', email: 'ayesha@hec.gov.pk' },
    { sub: null, name: 'Bilal Ahmed', email: 'bilal@hec.gov.pk' },
    { sub: null, name: 'Sana Mir', email: 'sana@hec.gov.pk' },
  ];
  const placed = await register.execute(
    new RegisterParticipantsCommand(session.id, AGENCY, people, organiser),
  );
  const [ayesha, bilal, sana] = placed.body.items.map((r) => r.id);
  clock.set(new Date(startsAt.getTime() + HOUR));
  return {
    ...ports,
    session,
    ayesha,
    bilal,
    sana,
    record: (ids: string[]) =>
      new RecordAttendanceHandler(unitOfWork, sessions, registrations, clock, certifier).execute(
        new RecordAttendanceCommand(session.id, ids),
      ),
    complete: () =>
      new CompleteSessionHandler(unitOfWork, sessions, clock, certifier).execute(
        new CompleteSessionCommand(session.id, undefined),
      ),
    revoke: (registrationId: string) =>
      new RevokeCertificateHandler(unitOfWork, sessions, ports.certificates, clock).execute(
        new RevokeCertificateCommand(session.id, registrationId, 'Recorded by mistake'),
      ),
    issued: () => unitOfWork.published.filter((e) => e.type === ISSUED).map((e) => e.data),
  };
}

describe('issuing certificates of attendance (in-memory ports)', () => {
  it('Complete_WithAttendanceRecorded_PublishesOneCertificateIssuedPerAttendee_AfterSessionCompleted', async () => {
    const t = await setUp();
    await t.record([t.ayesha, t.bilal]);
    expect(t.issued()).toEqual([]);
    await t.complete();
    const types = t.unitOfWork.published.map((e) => e.type);
    expect(types.slice(types.indexOf('csg.sessions.session.completed.v1'))).toEqual([
      'csg.sessions.session.completed.v1',
      ISSUED,
      ISSUED,
    ]);
    expect(t.issued()).toEqual([
      {
        certificateId: expect.any(String),
        registrationId: t.ayesha,
        sessionId: t.session.id,
        agencyId: AGENCY,
        sub: 'member-a',
        name: 'Ayesha Khan',
        email: 'ayesha@hec.gov.pk',
        sessionSequence: 8,
        sessionTitle: 'Identifying cyber risk',
        sessionStartsAt: t.session.snapshot().startsAt.toISOString(),
        sessionEndsAt: t.session.snapshot().endsAt.toISOString(),
        sessionTimezone: 'Asia/Karachi',
        tlp: 'TLP:AMBER+STRICT',
        issuedAt: t.clock.now().toISOString(),
      },
      expect.objectContaining({ registrationId: t.bilal, sub: null, name: 'Bilal Ahmed' }),
    ]);
    expect(JSON.stringify(t.unitOfWork.published)).not.toContain(t.certificates.rows[0].verificationCode);
  });

  it('RecordAttendance_AfterCompletion_CertifiesOnlyTheNewAttendees_AndAgainNobody', async () => {
    const t = await setUp();
    await t.record([t.ayesha]);
    await t.complete();
    await t.record([t.ayesha, t.sana]);
    await t.record([t.sana]);
    expect(t.issued().map((d) => d.registrationId)).toEqual([t.ayesha, t.sana]);
    expect(new Set(t.certificates.rows.map((c) => c.verificationCode)).size).toBe(2);
  });

  it('Revoke_KeepsTheRevocationInside_AndRefusesASecond', async () => {
    const t = await setUp();
    await t.record([t.ayesha]);
    await t.complete();
    const before = t.unitOfWork.published.length;
    await t.revoke(t.ayesha);
    expect(t.certificates.rows[0]).toMatchObject({ revocationReason: 'Recorded by mistake' });
    expect(t.unitOfWork.published).toHaveLength(before);
    await expect(t.revoke(t.ayesha)).rejects.toMatchObject({ code: 'CERTIFICATE.REVOKED' });
    await expect(t.revoke(t.bilal)).rejects.toMatchObject({ code: 'CERTIFICATE.NOT_FOUND' });
  });
});
