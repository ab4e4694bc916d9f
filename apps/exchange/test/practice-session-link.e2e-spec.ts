import { randomUUID } from 'node:crypto';
import { waitFor } from '@csg/testing/wait-for';
import { ExchangeTestPlatform, practiceBody } from './exchange-platform.fixture';

/**
 * ADR 50 across services: an organiser plans and schedules a session in the sessions service;
 * once its event reaches the exchange's projection, a member links a practice to it. A session
 * the exchange does not know (a random id, a draft) or a cancelled one is refused with 422.
 */
describe('a practice links only to a session the exchange knows', () => {
  let api: ExchangeTestPlatform;
  let A: string;
  let organiser: string;

  beforeAll(async () => {
    api = await ExchangeTestPlatform.start('exchange_session_link');
    ({ A } = api.agencies);
    organiser = (await api.tokenOf('organiser')) as string;
  });

  afterAll(async () => {
    await api?.stop();
  });

  const createLinkedTo = (sessionId: string) =>
    api.as('authorA', 'POST', 'practices', { body: practiceBody(A, { sessionId }) });

  const practiceCount = async () =>
    (await api.query<{ n: number }>('exchange', 'SELECT count(*)::int AS n FROM practices'))[0].n;

  it('links a practice to a scheduled session once the exchange has heard of it (201)', async () => {
    const sessionId = await api.planSession();
    await api.scheduleSession(sessionId);
    // Until session.scheduled is projected the exchange answers 422 UNKNOWN_SESSION (and stores
    // nothing); only that event turns the answer into 201.
    const created = await waitFor(
      async () => {
        const response = await createLinkedTo(sessionId);
        if (response.status === 201) return response;
        expect(response.body.code).toBe('PRACTICE.UNKNOWN_SESSION');
        return null;
      },
      { what: 'the scheduled session in the exchange projection', timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(created.body).toMatchObject({ sessionId, status: 'DRAFT', agencyId: A });
    const read = await api.as('authorA', 'GET', `practices/${created.body.id}`);
    expect(read.body.sessionId).toBe(sessionId);
  });

  it('refuses a session id the exchange has never heard of: 422 PRACTICE.UNKNOWN_SESSION, "yet", nothing stored', async () => {
    const before = await practiceCount();
    const refused = await createLinkedTo(randomUUID());
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 422, code: 'PRACTICE.UNKNOWN_SESSION' });
    expect(refused.body.detail).toMatch(/not known to the exchange yet/);
    expect(await practiceCount()).toBe(before);
  });

  it('refuses a draft session as unknown (the sessions service publishes nothing for drafts)', async () => {
    const draftId = await api.planSession();
    const refused = await createLinkedTo(draftId);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('PRACTICE.UNKNOWN_SESSION');
  });

  it('refuses a cancelled session: 422 PRACTICE.SESSION_CANCELLED, nothing stored', async () => {
    const sessionId = await api.planSession();
    await api.scheduleSession(sessionId);
    const cancelled = await api.call('POST', `sessions/${sessionId}/cancel`, {
      token: organiser,
      body: { reason: 'The venue is unavailable.' },
    });
    expect(cancelled.status).toBe(200);
    // Wait for the cancellation itself (not just the scheduling) to reach the projection.
    await waitFor(
      async () =>
        (
          await api.query<{ status: string }>(
            'exchange',
            'SELECT status FROM known_sessions WHERE session_id = $1',
            [sessionId],
          )
        )[0]?.status === 'CANCELLED',
      { what: 'the cancellation in the exchange projection', timeoutMs: 15_000, intervalMs: 50 },
    );
    const before = await practiceCount();
    const refused = await createLinkedTo(sessionId);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ status: 422, code: 'PRACTICE.SESSION_CANCELLED' });
    expect(refused.body.detail).toMatch(/cancelled/);
    expect(await practiceCount()).toBe(before);
  });
});
