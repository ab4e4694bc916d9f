import { randomUUID } from 'node:crypto';
import { personPrincipal } from '@csg/auth';
import { inMemorySessions } from '../../../../test/in-memory-sessions.fixture';
import { Session } from '../../../sessions/domain/session.aggregate';
import { SessionRuleViolation } from '../../../sessions/domain/session.errors';
import { CancelRegistrationCommand } from '../cancel-registration/cancel-registration.command';
import { CancelRegistrationHandler } from '../cancel-registration/cancel-registration.handler';
import { RegisterParticipantsCommand } from './register-participants.command';
import { RegisterParticipantsHandler } from './register-participants.handler';

/** The time every change in this file happens at. */
const now = new Date();

const AGENCY_A = randomUUID();
const AGENCY_B = randomUUID();
const organiser = personPrincipal({ sub: 'organiser-1', platformRoles: ['organiser'] }, []);
const guest = (name: string) => ({ sub: null, name, email: `${name.toLowerCase()}@example.gov.pk` });

async function setUp(options: {
  capacity: number;
  seatsPerAgency?: number;
  schedule?: boolean;
  tiers?: string[];
}) {
  const ports = inMemorySessions();
  for (const [id, tier] of [
    [AGENCY_A, 'FEDERAL'],
    [AGENCY_B, 'PROVINCIAL'],
  ]) {
    ports.directory.agencies.set(id, { id, tier, sector: 'EDUCATION', status: 'ACTIVE' });
  }
  const start = new Date(Date.now() + 86_400_000);
  const session = Session.plan(
    randomUUID(),
    {
      sequence: 8,
      title: 'Session 8',
      description: '',
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
      timezone: 'Asia/Karachi',
      mode: 'ONLINE',
      joinUrl: 'https://meet.example.gov/8',
      capacity: options.capacity,
      seatsPerAgency: options.seatsPerAgency,
      invitation: options.tiers ? { tiers: options.tiers } : null,
    },
    now,
  );
  if (options.schedule !== false) session.schedule(now);
  await ports.unitOfWork.run(() => ports.sessions.insert(session));
  const register = new RegisterParticipantsHandler(
    ports.unitOfWork,
    ports.sessions,
    ports.registrations,
    ports.directory,
    'test-secret',
    ports.clock,
  );
  const cancel = new CancelRegistrationHandler(
    ports.unitOfWork,
    ports.sessions,
    ports.registrations,
    ports.clock,
  );
  const before = ports.unitOfWork.published.length;
  const publishedSince = () =>
    ports.unitOfWork.published.slice(before).map((e) => e.type.split('.').slice(2, 4).join('.'));
  return { ...ports, session, register, cancel, publishedSince };
}

const codeOf = (error: unknown) => (error instanceof SessionRuleViolation ? error.code : String(error));

describe('RegisterParticipantsHandler and CancelRegistrationHandler (in-memory ports)', () => {
  it('execute_WithSeatsForSomeOnly_ConfirmsThemAndWaitlistsTheRestAndPublishesEachPlace', async () => {
    const t = await setUp({ capacity: 2 });
    const outcome = await t.register.execute(
      new RegisterParticipantsCommand(
        t.session.id,
        AGENCY_A,
        [guest('One'), guest('Two'), guest('Three')],
        organiser,
      ),
    );
    expect(outcome.body.items.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    expect(t.publishedSince()).toEqual([
      'registration.confirmed',
      'registration.confirmed',
      'registration.waitlisted',
    ]);
  });

  it('execute_ForADraft_IsClosedAndPublishesNothing', async () => {
    const t = await setUp({ capacity: 2, schedule: false });
    const error = await t.register
      .execute(new RegisterParticipantsCommand(t.session.id, AGENCY_A, [guest('Early')], organiser))
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('REGISTRATION.CLOSED');
    expect(t.publishedSince()).toEqual([]);
    expect(t.registrations.rows).toEqual([]);
  });

  it('execute_ForAnAgencyOutsideTheInvitation_IsRefused', async () => {
    const t = await setUp({ capacity: 2, tiers: ['PROVINCIAL'] });
    const error = await t.register
      .execute(new RegisterParticipantsCommand(t.session.id, AGENCY_A, [guest('Federal')], organiser))
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('REGISTRATION.AGENCY_NOT_INVITED');
    await t.register.execute(
      new RegisterParticipantsCommand(t.session.id, AGENCY_B, [guest('Provincial')], organiser),
    );
    expect(t.publishedSince()).toEqual(['registration.confirmed']);
  });

  it('cancel_AConfirmedPlace_PromotesTheOldestWaitlistedWhoFitsTheirAgencyShare', async () => {
    const t = await setUp({ capacity: 3, seatsPerAgency: 2 });
    const a = await t.register.execute(
      new RegisterParticipantsCommand(
        t.session.id,
        AGENCY_A,
        [guest('A1'), guest('A2'), guest('A3')],
        organiser,
      ),
    );
    const b = await t.register.execute(
      new RegisterParticipantsCommand(t.session.id, AGENCY_B, [guest('B1'), guest('B2')], organiser),
    );
    const before = t.unitOfWork.published.length;
    await t.cancel.execute(new CancelRegistrationCommand(t.session.id, b.body.items[0].id, organiser));
    const published = t.unitOfWork.published.slice(before);
    expect(published.map((e) => [e.type, e.data.registrationId])).toEqual([
      ['csg.sessions.registration.cancelled.v1', b.body.items[0].id],
      ['csg.sessions.registration.promoted.v1', b.body.items[1].id],
    ]);
    expect(t.registrations.rows.find((r) => r.id === a.body.items[2].id)?.status).toBe('WAITLISTED');
  });
});
