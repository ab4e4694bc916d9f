import { randomUUID } from 'node:crypto';
import { personPrincipal } from '@csg/auth';
import { SystemClock } from '@csg/domain';
import { openSessionsDatabase, type SessionsDatabase } from '../../../../test/sessions-database.fixture';
import { SqlAgencyDirectory } from '../../../agency-directory/infrastructure/agency-directory.reader';
import { SESSIONS_OUTBOX } from '../../../sessions.outbox';
import { Session } from '../../../sessions/domain/session.aggregate';
import { TypeOrmSessionRepository } from '../../../sessions/infrastructure/session.repository';
import { TypeOrmRegistrationRepository } from '../../infrastructure/registration.repository';
import { CancelRegistrationCommand } from '../cancel-registration/cancel-registration.command';
import { CancelRegistrationHandler } from '../cancel-registration/cancel-registration.handler';
import { RegisterParticipantsCommand } from './register-participants.command';
import { RegisterParticipantsHandler } from './register-participants.handler';

const organiser = personPrincipal({ sub: 'organiser-1', platformRoles: ['organiser'] }, []);
const DAY = 24 * 60 * 60 * 1000;

describe('registrations under concurrency (PostgreSQL)', () => {
  let db: SessionsDatabase;
  let register: RegisterParticipantsHandler;
  let cancel: CancelRegistrationHandler;
  let sessions: TypeOrmSessionRepository;
  let unitOfWork: SessionsDatabase['unitOfWork'];
  let sequence = 100;
  const agencies = Array.from({ length: 20 }, () => randomUUID());

  const connectTimeout = process.env.DB_CONNECT_TIMEOUT_MS;

  beforeAll(async () => {
    // 200 transactions queue for a pool of 10; on a loaded machine the last ones wait longer for
    // a connection than the service's fail-fast default (5 s, a 503 in production). This test is
    // about seat accounting, so it lets them wait.
    process.env.DB_CONNECT_TIMEOUT_MS = '120000';
    db = await openSessionsDatabase('sessions_concurrency');
    // The handlers as the service wires them: ports bound to the unit of work, facts to the outbox.
    unitOfWork = db.unitOfWork.withOutbox(SESSIONS_OUTBOX);
    sessions = new TypeOrmSessionRepository(unitOfWork);
    const registrations = new TypeOrmRegistrationRepository(unitOfWork);
    register = new RegisterParticipantsHandler(
      unitOfWork,
      sessions,
      registrations,
      new SqlAgencyDirectory(unitOfWork),
      'test-check-in-secret',
      new SystemClock(),
    );
    cancel = new CancelRegistrationHandler(unitOfWork, sessions, registrations, new SystemClock());
    for (const id of agencies) {
      await db.dataSource.query(
        `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
         VALUES ($1, $2, $2, 'FEDERAL', 'EDUCATION', 'ACTIVE', 1, now())`,
        [id, `AG-${id.slice(0, 6)}`],
      );
    }
  });

  afterAll(async () => {
    await db?.drop();
    if (connectTimeout === undefined) delete process.env.DB_CONNECT_TIMEOUT_MS;
    else process.env.DB_CONNECT_TIMEOUT_MS = connectTimeout;
  });

  async function scheduledSession(capacity: number, seatsPerAgency: number | null = null): Promise<string> {
    const session = Session.plan(
      randomUUID(),
      {
        sequence: ++sequence,
        title: `Concurrency ${sequence}`,
        description: '',
        startsAt: new Date(Date.now() + 7 * DAY),
        endsAt: new Date(Date.now() + 7 * DAY + 4 * 3_600_000),
        timezone: 'Asia/Karachi',
        mode: 'ONLINE',
        joinUrl: 'https://meet.example.gov/c',
        capacity,
        seatsPerAgency,
      },
      new Date(),
    );
    session.schedule(new Date());
    await unitOfWork.run(() => sessions.insert(session));
    return session.id;
  }

  /** `count` registrations of one participant each, all sent at once. */
  async function registerAtOnce(sessionId: string, count: number) {
    const started = Date.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: count }, (_, i) =>
        register.execute(
          new RegisterParticipantsCommand(
            sessionId,
            agencies[i % agencies.length],
            [{ sub: null, name: `Participant ${i}`, email: `p${i}@example.gov.pk` }],
            organiser,
          ),
        ),
      ),
    );
    return { outcomes, ms: Date.now() - started };
  }

  async function counts(sessionId: string) {
    const [row] = await db.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
              count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
              count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled
         FROM registrations WHERE session_id = $1`,
      [sessionId],
    );
    return row as { confirmed: number; waitlisted: number; cancelled: number };
  }

  async function eventCount(type: string, sessionId: string): Promise<number> {
    const [row] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE event_type = $1 AND message_key = $2`,
      [type, sessionId],
    );
    return row.n;
  }

  it('confirms exactly 50 of 200 simultaneous registrations for 50 seats and waitlists 150, and cancelling one promotes exactly the oldest waitlisted', async () => {
    const sessionId = await scheduledSession(50);
    const { outcomes, ms } = await registerAtOnce(sessionId, 200);

    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(await counts(sessionId)).toEqual({ confirmed: 50, waitlisted: 150, cancelled: 0 });
    expect(await eventCount('csg.sessions.registration.confirmed.v1', sessionId)).toBe(50);
    expect(await eventCount('csg.sessions.registration.waitlisted.v1', sessionId)).toBe(150);
    // The places were decided in the order the registrations took the session's lock.
    const order: Array<{ status: string }> = await db.dataSource.query(
      `SELECT status FROM registrations WHERE session_id = $1 ORDER BY position`,
      [sessionId],
    );
    expect(order.slice(0, 50).every((r) => r.status === 'CONFIRMED')).toBe(true);
    expect(order.slice(50).every((r) => r.status === 'WAITLISTED')).toBe(true);
    console.info(`200 concurrent registrations for 50 seats: 50 confirmed, 150 waitlisted in ${ms} ms`);

    const [oldestWaitlisted] = await db.dataSource.query(
      `SELECT id FROM registrations WHERE session_id = $1 AND status = 'WAITLISTED' ORDER BY position LIMIT 1`,
      [sessionId],
    );
    const [aConfirmed] = await db.dataSource.query(
      `SELECT id FROM registrations WHERE session_id = $1 AND status = 'CONFIRMED' ORDER BY position DESC LIMIT 1`,
      [sessionId],
    );
    await cancel.execute(new CancelRegistrationCommand(sessionId, aConfirmed.id, organiser));

    expect(await counts(sessionId)).toEqual({ confirmed: 50, waitlisted: 149, cancelled: 1 });
    const promoted = await db.dataSource.query(
      `SELECT value::jsonb ->> 'registrationId' AS id FROM outbox
        WHERE event_type = 'csg.sessions.registration.promoted.v1' AND message_key = $1`,
      [sessionId],
    );
    expect(promoted).toEqual([{ id: oldestWaitlisted.id }]);
  });

  it('never gives an agency more than its share when its registrations race each other', async () => {
    const sessionId = await scheduledSession(50, 3);
    const { outcomes } = await registerAtOnce(sessionId, 200);

    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    const perAgency: Array<{ n: number }> = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM registrations WHERE session_id = $1 AND status = 'CONFIRMED' GROUP BY agency_id`,
      [sessionId],
    );
    expect(Math.max(...perAgency.map((r) => r.n))).toBe(3);
    expect(await counts(sessionId)).toEqual({ confirmed: 50, waitlisted: 150, cancelled: 0 });
  });

  it('keeps the seat count when cancellations and new registrations race', async () => {
    const sessionId = await scheduledSession(10);
    await registerAtOnce(sessionId, 30);
    const confirmed: Array<{ id: string }> = await db.dataSource.query(
      `SELECT id FROM registrations WHERE session_id = $1 AND status = 'CONFIRMED'`,
      [sessionId],
    );
    const results = await Promise.allSettled([
      ...confirmed
        .slice(0, 5)
        .map((r) => cancel.execute(new CancelRegistrationCommand(sessionId, r.id, organiser))),
      ...Array.from({ length: 20 }, (_, i) =>
        register.execute(
          new RegisterParticipantsCommand(
            sessionId,
            agencies[i % agencies.length],
            [{ sub: null, name: `Late ${i}`, email: `late${i}@example.gov.pk` }],
            organiser,
          ),
        ),
      ),
    ]);
    expect(results.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(await counts(sessionId)).toEqual({ confirmed: 10, waitlisted: 35, cancelled: 5 });
  });
});
